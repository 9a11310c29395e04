package org.masthead.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.masthead.triage.MinHash.Signature;

class MinHashTest {

    final MinHash minHash = new MinHash();

    static String text(String name) throws IOException {
        try (InputStream in = MinHashTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The piece as an author re-sends it a week later: a new first line and a few words touched in every paragraph. */
    static String resent(String original) {
        String[][] edits = {
            {"Give the rivers back to the cities", "Give our rivers back to our cities"},
            {"you will find the same thing", "you will usually find exactly the same thing"},
            {"went swimming on hot afternoons", "swam on hot summer afternoons"},
            {"It is time to admit", "It is high time we admitted"},
            {"usually begins with floods", "nearly always begins with floods"},
            {"the new channel was designed", "the new channel was carefully designed"},
            {"Restoring a river is expensive", "Restoring a river is undeniably expensive"},
            {"costs tens of millions", "can cost tens of millions of euros"},
            {"some of the most valuable", "among the most valuable"},
            {"without gardens or cars", "without private gardens or cars"},
            {"torn open tomorrow", "torn open next week"},
            {"The climate we are heading into", "The climate we are now heading into"},
            {"more pleasant to live with", "far more pleasant to live alongside"},
        };
        String s = original;
        for (String[] e : edits) {
            assertThat(s).as("edit target").contains(e[0]);
            s = s.replace(e[0], e[1]);
        }
        return "Dear editor, resending my piece from last week in case it got lost in your inbox.\n\n" + s;
    }

    @Test
    void theSamePieceUnderAnotherSubjectIsADuplicate() throws IOException {
        String piece = text("rivers-op-ed.txt");
        Signature a = minHash.signature(piece);
        Signature b = minHash.signature(piece.replace("\n", "\r\n") + "\n");
        assertThat(minHash.similarity(a, b)).isEqualTo(1.0);
        assertThat(minHash.isNearDuplicate(a, b)).isTrue();
    }

    @Test
    void aLightlyReworkedCopyIsStillADuplicateAndSharesABandKey() throws IOException {
        String piece = text("rivers-op-ed.txt");
        Signature a = minHash.signature(piece);
        Signature b = minHash.signature(resent(piece));
        assertThat(minHash.similarity(a, b)).isBetween(0.55, 0.95);
        assertThat(minHash.isNearDuplicate(a, b)).isTrue();
        assertThat(sharedKeys(a, b)).isNotEmpty();
    }

    @Test
    void twoDifferentPiecesOnTheSameTopicAreNot() throws IOException {
        Signature a = minHash.signature(text("rivers-op-ed.txt"));
        Signature b = minHash.signature(text("rivers-other-op-ed.txt"));
        assertThat(minHash.similarity(a, b)).isLessThan(0.1);
        assertThat(minHash.isNearDuplicate(a, b)).isFalse();
        assertThat(sharedKeys(a, b)).isEmpty();
    }

    @Test
    void chineseIsShingledByCharacters() {
        String a = "我们的城市沿河而建，后来却背对河流。让水重新回到公共生活中，比修建下一道防洪墙更便宜。"
                + "恢复河岸可以在热浪中让街道降温，也能让没有花园的人有地方散步。规划规则应当要求每个大型滨河项目留出公共步道。";
        String b = "编辑您好，重新发送我的稿件。" + a.replace("更便宜", "便宜得多").replace("散步", "散步和休息");
        String c = "地铁票价上涨之后，很多年轻人改骑自行车上班。城市应当修建更安全的自行车道，而不是继续拓宽马路。";
        assertThat(MinHash.shingles("河流。")).containsExactly("河流");
        assertThat(minHash.isNearDuplicate(minHash.signature(a), minHash.signature(b))).isTrue();
        assertThat(minHash.similarity(minHash.signature(a), minHash.signature(c))).isLessThan(0.1);
    }

    @Test
    void normalisationIgnoresCasePunctuationAndWidth() {
        assertThat(MinHash.normalise("“Rivers,” she said — ＡＢＣ!  Don't.")).isEqualTo("rivers she said abc don t");
        assertThat(minHash.signature("Rivers, cities and walls!")).isEqualTo(minHash.signature("RIVERS cities; and WALLS"));
    }

    @Test
    void signaturesAreDeterministicAndSurviveBytes() throws IOException {
        Signature a = minHash.signature(text("rivers-op-ed.txt"));
        assertThat(new MinHash().signature(text("rivers-op-ed.txt"))).isEqualTo(a);
        byte[] bytes = a.toBytes();
        assertThat(bytes).hasSize(5 + 4 * MinHash.DEFAULT_HASHES);
        assertThat(Signature.fromBytes(bytes)).isEqualTo(a);
        assertThat(minHash.bandKeys(a)).hasSize(MinHash.DEFAULT_BANDS).doesNotHaveDuplicates();
        assertThatThrownBy(() -> Signature.fromBytes("hello".getBytes(StandardCharsets.US_ASCII))).hasMessageContaining("not a MinHash");
        assertThatThrownBy(() -> Signature.fromBytes(Arrays.copyOf(bytes, 40))).hasMessageContaining("cut short");
        byte[] future = bytes.clone();
        future[2] = 9;
        assertThatThrownBy(() -> Signature.fromBytes(future)).hasMessageContaining("format 9");
    }

    @Test
    void theEstimateFollowsTheTrueShareOfShinglesAtOneHashPerShingle() {
        // texts of 600 made-up words sharing a known part: the estimate stays near the exact Jaccard similarity
        java.util.Random r = new java.util.Random(7);
        for (double keep : new double[] {0.2, 0.5, 0.8}) {
            StringBuilder a = new StringBuilder();
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 600; i++) {
                String w = "w" + r.nextInt(1_000_000);
                a.append(w).append(' ');
                b.append(i < 600 * keep ? w : "v" + r.nextInt(1_000_000)).append(' ');
            }
            Set<String> x = MinHash.shingles(a.toString());
            Set<String> y = MinHash.shingles(b.toString());
            Set<String> both = new HashSet<>(x);
            both.retainAll(y);
            Set<String> either = new HashSet<>(x);
            either.addAll(y);
            double exact = (double) both.size() / either.size();
            assertThat(minHash.similarity(minHash.signature(a.toString()), minHash.signature(b.toString()))).as("keep " + keep)
                    .isCloseTo(exact, org.assertj.core.data.Offset.offset(0.12));
        }
    }

    @Test
    void aShortTextFillsEveryPositionAndStillComparesByItsWords() {
        // 8 shingles for 128 positions: the empty ones borrow, the same way in every text
        Signature a = minHash.signature("The river came back to the city after forty years under concrete");
        assertThat(a.values()).doesNotContain(-1);
        assertThat(minHash.similarity(a, minHash.signature("the river came back to the city, after forty years under concrete!"))).isEqualTo(1.0);
        assertThat(minHash.similarity(a, minHash.signature("Tariffs on small ports rose again this spring, said the ministry"))).isLessThan(0.2);
    }

    @Test
    void emptyTextsAreNobodysDuplicate() {
        Signature empty = minHash.signature(" … ");
        assertThat(empty.isEmpty()).isTrue();
        assertThat(minHash.similarity(empty, minHash.signature("  "))).isZero();
        assertThatThrownBy(() -> minHash.similarity(empty, new MinHash(64, 16, 0.5).signature("x")))
                .hasMessageContaining("64 hashes");
        assertThatThrownBy(() -> new MinHash(100, 32, 0.5)).hasMessageContaining("multiple of bands");
    }

    private Set<Long> sharedKeys(Signature a, Signature b) {
        Set<Long> keys = new HashSet<>();
        for (long k : minHash.bandKeys(a)) keys.add(k);
        Set<Long> shared = new HashSet<>();
        for (long k : minHash.bandKeys(b)) {
            if (keys.contains(k)) shared.add(k);
        }
        return shared;
    }
}
