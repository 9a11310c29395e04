#!/usr/bin/env python3
"""A deterministic mbox of emailed opinion pieces, for the inbox benchmark (issue 5).

    python3 bench/gen_mbox.py OUT.mbox N [SEED]

Most messages are new submissions (700-900 words of text in the body, in English, French,
German, Spanish, Chinese, Arabic or Japanese); some carry the piece as a .docx attachment
instead, some are HTML-only, some are follow-ups (In-Reply-To an earlier one), auto-replies,
or the same piece sent again under another subject. Written for Masthead; no third-party text.
"""
import base64, io, random, sys, zipfile
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone

WORDS = {
    "en": ("water river city policy climate market school election border energy farm court health tax housing "
           "budget minister parliament village coast drought flood harvest wage pension railway port debt treaty "
           "reform teacher nurse doctor judge mayor citizen migrant refugee vote law science data future history").split(),
    "fr": ("eau fleuve ville politique climat marché école élection frontière énergie ferme tribunal santé impôt "
           "logement budget ministre parlement village côte sécheresse crue récolte salaire retraite").split(),
    "de": ("Wasser Fluss Stadt Politik Klima Markt Schule Wahl Grenze Energie Hof Gericht Gesundheit Steuer "
           "Wohnung Haushalt Minister Parlament Dorf Küste Dürre Hochwasser Ernte Lohn Rente").split(),
    "es": ("agua río ciudad política clima mercado escuela elección frontera energía granja tribunal salud "
           "impuesto vivienda presupuesto ministro parlamento pueblo costa sequía inundación cosecha").split(),
}
CJK = {"zh": "水河城市政策气候市场学校选举边境能源农场法院健康税收住房预算部长议会村庄海岸干旱洪水收获工资养老铁路港口债务条约改革",
       "ja": "水川都市政策気候市場学校選挙国境エネルギー農場裁判所健康税住宅予算大臣議会村海岸干ばつ洪水収穫賃金年金鉄道港",
       "ar": None}
AR = "ماء نهر مدينة سياسة مناخ سوق مدرسة انتخابات حدود طاقة مزرعة محكمة صحة ضريبة سكن ميزانية وزير برلمان قرية ساحل جفاف فيضان".split()
FIRST = "Ana Mei Omar Lena Tomás Yuki Farah Jonas Priya Kwame Sofia Ilya Chen Amara Luca Noor Hana Pablo Zara Ravi".split()
LAST = "Lima Lin Haddad Vogel Ruiz Sato Karimi Berg Nair Mensah Rossi Petrov Wang Diallo Conti Aziz Kim Ortega Ali Rao".split()
TITLES = ["professor of hydrology at the University of Lisbon", "former finance minister", "economist at a think tank",
          "writer and historian", "climate scientist", "lawyer specialising in migration", "senior fellow at an institute"]


def text(rng, lang, words):
    if lang in ("zh", "ja"):
        chars = CJK[lang]
        paras = []
        for _ in range(max(3, words // 180)):
            s = "".join(rng.choice(chars) for _ in range(rng.randint(30, 60)))
            paras.append("。".join(s[i:i + 15] for i in range(0, len(s), 15)) + "。")
        return paras
    vocab = AR if lang == "ar" else WORDS[lang]
    paras, left = [], words
    while left > 0:
        n = min(left, rng.randint(60, 120))
        sent, out = [], []
        for i in range(n):
            sent.append(rng.choice(vocab))
            if len(sent) >= rng.randint(8, 16) or i == n - 1:
                s = " ".join(sent)
                out.append(s[0].upper() + s[1:] + ".")
                sent = []
        paras.append(" ".join(out))
        left -= n
    return paras


def docx(paras, title):
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{esc(p)}</w:t></w:r></w:p>" for p in [title] + paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + '</w:body></w:document>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", doc)
    return buf.getvalue()


def b64lines(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def encode_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return "=?UTF-8?B?" + base64.b64encode(s.encode()).decode() + "?="


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 5)
    start = datetime(2026, 1, 5, 7, 0, tzinfo=timezone.utc)
    sent = []  # (message id, subject, sender, paras, lang)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for i in range(n):
            when = start + timedelta(minutes=7 * i + rng.randint(0, 6))
            lang = rng.choices(["en", "fr", "de", "es", "zh", "ar", "ja"], [70, 7, 6, 6, 5, 3, 3])[0]
            who = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            addr = who.lower().replace(" ", ".").replace("á", "a") + f"{i % 97}@example.org"
            mid = f"<bench-{i}@mail.example.org>"
            kind = rng.random()
            headers = [f"From {addr} {when.strftime('%a %b %d %H:%M:%S %Y')}", f"From: {who} <{addr}>",
                       "To: Opinion desk <opinion@news.example>", f"Date: {format_datetime(when)}", f"Message-ID: {mid}",
                       "MIME-Version: 1.0"]
            if kind < 0.05 and sent:
                prev = rng.choice(sent)
                subject = "Re: " + prev[1]
                headers += [f"In-Reply-To: {prev[0]}", f"References: {prev[0]}"]
                paras = ["Just checking whether you had a chance to read my piece. Many thanks."]
            elif kind < 0.08:
                subject = "Automatic reply: out of office"
                headers += ["Auto-Submitted: auto-replied"]
                paras = ["I am away until Monday with limited access to email."]
            elif kind < 0.10 and sent:
                prev = rng.choice(sent)
                subject, paras, lang = "Resending: " + prev[1], prev[3], prev[4]
            else:
                paras = text(rng, lang, rng.randint(700, 900))
                subject = ("Op-ed: " if lang in ("en",) else "") + " ".join(paras[0].split()[:6]).rstrip(".")
                if lang in ("zh", "ja"):
                    subject = paras[0][:14]
                if rng.random() < 0.3:
                    paras = paras + ["I am offering this piece to you exclusively and would be grateful for an answer within 48 hours."]
                paras = paras + [f"{who} is a {rng.choice(TITLES)}."]
                sent.append((mid, subject, addr, paras, lang))
            headers.append(f"Subject: {encode_subject(subject)}")
            style = rng.random()
            if style < 0.15 and len(paras) > 2:
                boundary = f"=_bench_{i}"
                headers.append(f'Content-Type: multipart/mixed; boundary="{boundary}"')
                body = (f"--{boundary}\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n"
                        f"Dear editors,\n\nPlease find my article attached.\n\n{who}\n\n"
                        f"--{boundary}\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name=\"article-{i}.docx\"\n"
                        f"Content-Disposition: attachment; filename=\"article-{i}.docx\"\nContent-Transfer-Encoding: base64\n\n"
                        f"{b64lines(docx(paras, subject))}\n--{boundary}--\n")
            elif style < 0.22:
                headers += ["Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: 8bit"]
                body = "<html><body>" + "".join(f"<p>{p}</p>" for p in paras) + "</body></html>\n"
            else:
                headers += ["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit"]
                body = "\n\n".join(paras) + "\n"
            body = "\n".join((">" + l) if l.lstrip(">").startswith("From ") else l for l in body.split("\n"))
            f.write("\n".join(headers) + "\n\n" + body + "\n")


if __name__ == "__main__":
    main()
