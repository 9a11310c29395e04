package org.masthead.ingest.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ingest.mail.MailCorpus.parse;

import org.junit.jupiter.api.Test;

/** Decoded subjects, names and bodies of the corpus messages whose expected text the eml INDEX.md states. */
class MailCharsetCorpusTest {

    @Test
    void adjacentEncodedWordsInThreeCharsetsJoinWithoutTheSpacesBetweenThem() throws Exception {
        ParsedMail m = parse("mime4j__intl.eml");
        assertThat(m.subject()).isEqualTo("If you can read this you understand the example... so, cool!");
        assertThat(m.fromName()).isEqualTo("Keith Moore");
        assertThat(m.header("To")).isEqualTo("Keld Jørn Simonsen <keld@dkuug.dk>");
        assertThat(m.header("Bcc")).startsWith("Patrik Fältström");
    }

    @Test
    void gb2312IsReadAsGb18030SoGbkOnlyCharactersSurvive() throws Exception {
        ParsedMail m = parse("kopano__gb2312_18030.eml");
        assertThat(m.fromName()).isEqualTo("梁祐晟");
        assertThat(m.header("To")).contains("林慶美");
        ParsedMail report = parse("phpmmp__failure.eml");
        assertThat(report.bodyText()).contains("配信に失敗しました");
        assertThat(report.autoReply()).isEqualTo(AutoReply.BOUNCE);
    }

    @Test
    void iso2022JpSubjectsAndBodiesDecodeIncludingMicrosoftsExtraRows() throws Exception {
        ParsedMail m = parse("mimekit__japanese.eml");
        assertThat(m.subject()).isEqualTo("日本語メールテスト (testing Japanese emails)");
        assertThat(m.bodyText()).contains("日本語が", "送れているか");
        assertThat(parse("phpmmp__issue116.eml").subject()).isEqualTo("ЖД№41 от 28.09.2016");
    }

    @Test
    void hebrewLogicalOrderLabelIsReadAsIso88598() throws Exception {
        ParsedMail m = parse("phpmmp__issue149.eml");
        assertThat(m.subject()).isEqualTo("מענה 'אני לא נמצא': Invoice 02722027");
        assertThat(m.warnings()).noneMatch(w -> w.contains("Subject"));
    }

    @Test
    void koreanOutlookLabelNamesAnAttachment() throws Exception {
        ParsedMail m = parse("phpmmp__m0018.eml");
        assertThat(m.attachments()).extracting(MailAttachment::fileName).contains("사진.JPG");
        assertThat(m.bodyText()).contains("My traveling companions!");
    }

    @Test
    void utf7InEncodedWordsInRawHeadersAndInBodiesIsDecoded() throws Exception {
        ParsedMail outlook = parse("stalwart__legacy-001.eml");
        assertThat(outlook.subject()).isEqualTo("Die Hasen und die Frösche (Microsoft Outlook 00)");
        assertThat(outlook.bodyText()).contains("Die Hasen klagten einst über ihre mißliche Lage");
        ParsedMail netscape = parse("stalwart__legacy-034.eml");
        assertThat(netscape.subject()).isEqualTo("Die Hasen und die Frösche");
        assertThat(MailCharsets.UTF7).isNotNull();
        assertThat(new MailCharsets().lookup("unicode-1-1-utf-7")).isSameAs(MailCharsets.UTF7);
    }

    @Test
    void rawBig5HeadersAreReadInTheBodysCharset() throws Exception {
        ParsedMail m = parse("kopano__big5.eml");
        assertThat(m.subject()).isEqualTo("養樂多線上訂購");
        assertThat(m.fromName()).isEqualTo("養樂多");
        assertThat(m.warnings()).anyMatch(w -> w.contains("Subject") && w.contains("Big5"));
    }

    @Test
    void shiftJisKoi8rAndLatin9BodiesDecode() throws Exception {
        assertThat(parse("rubymail__japanese_shift_jis.eml").bodyText()).contains("このメールはテスト用のメールです。");
        ParsedMail ukr = parse("mimekit__ukr.eml");
        assertThat(ukr.bodyText()).startsWith("шостий");
        assertThat(ukr.attachments()).extracting(MailAttachment::fileName).containsExactly("winmail.dat");
        ParsedMail german = parse("mime4j__german-qp.eml");
        assertThat(german.fromName()).isEqualTo("Jörn Reder");
        assertThat(german.bodyText()).contains("8 Bit Sönderzäichen", "Grüße");
        ParsedMail mac = parse("phpmmp__issue230.eml");
        assertThat(mac.bodyText()).contains("ACADEMIC NEWSLETTER").doesNotContain("\uFFFD");
        assertThat(mac.warnings()).isEmpty();
    }

    @Test
    void rfc6532Utf8HeadersAndUtf16BodiesDecode() throws Exception {
        ParsedMail m = parse("rubymail__utf8_headers.eml");
        assertThat(m.subject()).isEqualTo("Säying Hello");
        assertThat(m.fromName()).isEqualTo("Jöhn Doe");
        assertThat(m.fromEmail()).isEqualTo("jdöe@mächine.example");
        ParsedMail utf16 = parse("kopano__zcp-11699-ub.eml"); // also starts with an mbox "From " line
        assertThat(utf16.subject()).isEqualTo("☺ dummy ☻");
        assertThat(utf16.bodyText()).isEqualTo("☺ dummy ☻");
        assertThat(utf16.messageId()).isEqualTo("0@localhost");
    }

    @Test
    void unknownAndBogusCharsetsAreReadBestEffortAndFlagged() throws Exception {
        ParsedMail meca = parse("kopano__zcp-13449-meca.eml");
        assertThat(meca.subject()).isEqualTo("Orange mécanique");
        assertThat(meca.warnings()).contains("Subject: charset 'windows-1252http-equivContent-Type' not known: read as windows-1252");
        ParsedMail none = parse("rubymail__bad_encoded_subject.eml");
        assertThat(none.subject()).isEqualTo("TEST");
        assertThat(none.warnings()).anyMatch(w -> w.contains("charset 'NONE' not known"));
        ParsedMail askey = parse("enmime__html-mime-bad-unknown-charset-inline.eml");
        assertThat(askey.warnings()).anyMatch(w -> w.contains("us-askey") && w.contains("not known"));
        assertThat(askey.bodyText()).isEqualTo("Test of text section");
    }

    @Test
    void labelsThatLieAreOverruledByTheBytes() throws Exception {
        ParsedMail utf8 = parse("enmime__incorrect-charset.eml");
        assertThat(utf8.bodyText()).contains("∮ E⋅da = Q");
        assertThat(utf8.warnings()).contains("body: charset label said us-ascii but bytes are UTF-8");
        ParsedMail big5 = parse("enmime__chardet-success-big-5.eml");
        assertThat(big5.bodyText()).contains("北齊", "顏之推");
        assertThat(big5.warnings()).anyMatch(w -> w.startsWith("body: charset label said us-ascii but bytes are Big5"));
        ParsedMail latin = parse("phpmmp__m0023.eml");
        assertThat(latin.bodyText()).contains("Det här är ett flerdelat meddelande");
        ParsedMail noLabel = parse("kopano__zcp-13449-na.eml");
        assertThat(noLabel.subject()).isEqualTo("Nøt ASCIIだよ");
        assertThat(noLabel.bodyText()).contains("これはアスキーではない");
    }
}
