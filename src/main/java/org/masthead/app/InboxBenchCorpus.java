package org.masthead.app;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import org.masthead.model.IncomingMessage;
import org.masthead.model.LengthUnit;
import org.masthead.model.MessageKind;
import org.masthead.model.Submission;
import org.masthead.model.text.Block;
import org.masthead.model.text.Document;
import org.masthead.store.SubmissionStore;

/**
 * A busy opinion desk's inbox for the inbox benchmark: N submissions of 200 to 400 words, most in
 * English, some in French, German and Spanish, a few in Chinese and Arabic. Words are drawn with
 * Zipf frequencies from each language's list, so the first few dozen English words occur in
 * most texts (the "common words" a search must stay fast on) and the tail is rarer; every text
 * also names two of a list of rarer subjects. The same seed makes the same inbox, so a kept
 * database and {@link #documentFrequency} agree.
 */
final class InboxBenchCorpus {

    /** One language's word list, most frequent first, and how its words are joined. */
    private record Language(String code, String[] words, String[] rare, boolean spaced, String stop) {
    }

    private static final Language EN = new Language("en", words("""
            the of and to in a is that for it as with be on not this are by we our they have from but more their will
            public people government policy city new can should must would world country years time need power state
            money work children future market health system change water energy climate those reform housing school
            security trade rights cost local national economy jobs law growth election voters crisis young tax budget
            transport river debate today party leaders parliament europe workers prices families village farmers
            doctors teachers police courts science universities migration borders industry banks railways hospitals
            pensions welfare drought flooding coastline forests pollution carbon wind solar nuclear
            inflation wages rents tenants landlords mayor council minister ministry treaty sanctions alliance
            democracy censorship press newspapers readers editors broadcasting internet privacy algorithms
            """), words("""
            aquifer sluice estuary monsoon levee culvert tributary reservoir floodplain watershed desalination
            permafrost glacier mangrove peatland saltmarsh wetland hydropower cistern irrigation groundwater
            ombudsman filibuster gerrymander referendum plebiscite coalition caucus subsidiarity devolution
            tramway funicular viaduct roundabout congestion cyclists pedestrians ferries lighthouse harbour
            apprenticeship kindergarten curriculum literacy numeracy tuition scholarship dormitory vaccination
            antibiotics midwives hospices pharmacists epidemiology quarantine allotments orchards vineyards
            beekeeping fisheries trawlers shipyards foundries tanneries quarries bauxite lithium cobalt
            """), true, ". ");
    private static final Language FR = new Language("fr", words("""
            le la les de des et à en un une est que pour dans qui pas sur au plus par nous ne se ce il sont avec
            politique gouvernement ville public pays monde avenir santé école réforme climat énergie eau travail
            marché économie élection emploi logement transport loi état europe jeunes prix impôts débat crise
            """), words("""
            intercommunalité décentralisation banlieue périphérique cheminots vendanges bocage laïcité préfecture
            """), true, ". ");
    private static final Language DE = new Language("de", words("""
            der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden
            Politik Regierung Stadt Zukunft Gesundheit Schule Reform Klima Energie Wasser Arbeit Markt Wirtschaft
            Wahl Wohnung Verkehr Gesetz Europa Jugend Preise Steuern Debatte Krise Bürger Gemeinde
            """), words("""
            Energiewende Mietpreisbremse Schuldenbremse Bundesrat Kommunalfinanzen Fachkräftemangel Deichbau
            """), true, ". ");
    private static final Language ES = new Language("es", words("""
            el la de que y en los se del las un por con no una su para es al lo como más pero sus le ya o
            política gobierno ciudad público país mundo futuro salud escuela reforma clima energía agua trabajo
            mercado economía elecciones empleo vivienda transporte ley estado europa jóvenes precios impuestos
            """), words("""
            autonomías sequía regadío acequia despoblación ayuntamiento vendimia latifundio desahucios
            """), true, ". ");
    private static final Language ZH = new Language("zh", words("""
            的 是 我们 政府 城市 政策 经济 社会 发展 问题 人民 国家 未来 改革 教育 公共卫生 交通 水资源 气候变化
            能源 市场 就业 住房 环境 污染 农村 老人 年轻人 医院 学校 法律 选举 税收 预算 安全 贸易 科技 媒体
            """), words("""
            地下水 水坝 沙尘暴 户籍制度 高铁 养老金 碳排放 湿地保护 城中村
            """), false, "。");
    private static final Language AR = new Language("ar", words("""
            في من على إلى أن التي الذي عن مع هذا هذه الحكومة المدينة السياسة الاقتصاد التعليم الصحة المياه الطاقة
            المستقبل الشباب العمل السوق الإصلاح المناخ الانتخابات السكن النقل القانون الدولة الأسعار الضرائب
            """), words("""
            التصحر الجفاف تحلية الري الموانئ الإسكان المخيمات البلديات
            """), true, ". ");

    private static final String[] FIRST = words("Anna Ben Clara David Elif Farid Grace Hugo Ines Jonas Karin Liam Maya Noor Omar Paula "
            + "Quentin Rosa Sami Tara Ulla Victor Wen Xavier Yara Zoe Amélie Jürgen José Li Mei Fatima Hassan");
    private static final String[] LAST = words("Adams Berg Costa Dubois Eriksen Fischer García Hassan Ivanova Jensen Khan Laurent Müller "
            + "Nakamura Okafor Petit Quinn Rossi Schmidt Tanaka Ueda Varga Wang Xu Yilmaz Zhang Haddad López Moreau");
    private static final String[] OPENINGS = {"On", "Why", "Against", "The case for", "What", "Rethinking", "A plan for", "The cost of"};

    private final long seed;

    InboxBenchCorpus(long seed) {
        this.seed = seed;
    }

    private static String[] words(String s) {
        return s.strip().split("\\s+");
    }

    /** The language of submission {@code i}: three in four English, then French, German, Spanish, Chinese, Arabic. */
    private static Language language(int i) {
        return switch (i % 20) {
            case 3 -> FR;
            case 7 -> DE;
            case 11 -> ES;
            case 13 -> ZH;
            case 17 -> AR;
            default -> EN;
        };
    }

    private static double[] zipf(int n) {
        double[] cum = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) cum[r] = sum += 1.0 / (r + 1);
        for (int r = 0; r < n; r++) cum[r] /= sum;
        return cum;
    }

    private final Map<String, double[]> zipfs = new HashMap<>();

    private String word(Language l, SplittableRandom r) {
        double[] cum = zipfs.computeIfAbsent(l.code(), k -> zipf(l.words().length));
        double u = r.nextDouble();
        int lo = 0;
        int hi = cum.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cum[mid] < u) lo = mid + 1; else hi = mid;
        }
        return l.words()[lo];
    }

    /** The text of submission {@code i} (1-based), as paragraphs. */
    List<String> paragraphs(int i, SplittableRandom r) {
        Language l = language(i);
        int words = 200 + r.nextInt(201);
        int paras = 3 + r.nextInt(4);
        String rare1 = l.rare()[r.nextInt(l.rare().length)];
        String rare2 = l.rare()[r.nextInt(l.rare().length)];
        List<String> out = new ArrayList<>(paras);
        for (int p = 0; p < paras; p++) {
            StringBuilder sb = new StringBuilder();
            int n = words / paras;
            for (int w = 0; w < n; w++) {
                String x = w == n / 2 && p == 0 ? rare1 : w == n / 3 && p == paras - 1 ? rare2 : word(l, r);
                if (sb.length() > 0 && l.spaced()) sb.append(w % 14 == 0 ? l.stop() : " ");
                if (!l.spaced() && w > 0 && w % 14 == 0) sb.append(l.stop());
                sb.append(x);
            }
            sb.append(l.spaced() ? "." : l.stop());
            out.add(sb.toString());
        }
        return out;
    }

    /** Submission {@code i} (1-based) as the importer would hand it over. */
    IncomingMessage message(int i, SplittableRandom r, Instant start) {
        Language l = language(i);
        List<String> paras = paragraphs(i, r);
        String title = OPENINGS[r.nextInt(OPENINGS.length)] + " " + word(l, r) + " " + word(l, r) + " " + l.rare()[r.nextInt(l.rare().length)];
        String name = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
        String email = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", ".") + (i % 5000) + "@example.org";
        Instant at = start.plus(Duration.ofMinutes(5L * i));
        String messageId = "<bench-" + i + "@example.org>";
        String body = String.join("\n\n", paras);
        byte[] raw = ("Message-ID: " + messageId + "\r\nSubject: " + title + "\r\nFrom: " + name + " <" + email + ">\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
        Document doc = new Document(paras.stream().map(p -> (Block) Block.Paragraph.of(p)).toList());
        boolean cjk = l == ZH;
        int length = cjk ? body.codePointCount(0, body.length()) : body.split("\\s+").length;
        Submission draft = Submission.draft(title, name, email, at).withLanguage(l.code())
                .withLength(length, cjk ? LengthUnit.CHARACTERS : LengthUnit.WORDS);
        if (i % 3 == 0) draft = draft.withAnswerDue(at.plus(Duration.ofHours(48)));
        if (i % 40 == 0) draft = draft.withExclusive(true, at.plus(Duration.ofHours(48)));
        return new IncomingMessage(raw, null, messageId, null, List.of(), title, name, email, at, "bench.mbox#" + i, MessageKind.SUBMISSION,
                null, draft, doc, null, List.of(), List.of(), List.of(), new long[0]);
    }

    /** Stores {@code n} submissions, received five minutes apart ending about now, {@code batch} to a transaction. */
    int fill(SubmissionStore store, int n, int batch, IntConsumer progress) {
        SplittableRandom r = new SplittableRandom(seed);
        Instant start = Instant.now().minus(Duration.ofMinutes(5L * n));
        List<IncomingMessage> l = new ArrayList<>(batch);
        int stored = 0;
        for (int i = 1; i <= n; i++) {
            l.add(message(i, r, start));
            if (l.size() == batch || i == n) {
                stored += store.saveAll(l).size();
                l.clear();
                progress.accept(i);
            }
        }
        return stored;
    }

    /**
     * The share of the first {@code sample} texts each word occurs in (lower-cased), as the same
     * seed generates them: to pick the common and the rare words of a query mix.
     */
    Map<String, Double> documentFrequency(int sample) {
        SplittableRandom r = new SplittableRandom(seed);
        Instant start = Instant.EPOCH;
        Map<String, Integer> df = new HashMap<>();
        for (int i = 1; i <= sample; i++) {
            IncomingMessage m = message(i, r, start);
            Set<String> seen = new HashSet<>();
            for (String w : (m.subject() + " " + m.plainText()).toLowerCase(java.util.Locale.ROOT).split("[\\s.,。]+")) {
                if (!w.isEmpty()) seen.add(w);
            }
            for (String w : seen) df.merge(w, 1, Integer::sum);
        }
        Map<String, Double> out = new HashMap<>();
        df.forEach((w, c) -> out.put(w, c / (double) sample));
        return out;
    }

    /** Whether a word is one of the titles' openings ("The case for"), which would skew a word's frequency in the body. */
    static boolean inOpening(String word) {
        for (String o : OPENINGS) for (String w : o.split(" ")) if (w.equalsIgnoreCase(word)) return true;
        return false;
    }

    /** Rare words of a language ("en", "fr", "de", "es", "zh", "ar"), for queries that match few submissions. */
    static List<String> rareWords(String language) {
        for (Language l : List.of(EN, FR, DE, ES, ZH, AR)) if (l.code().equals(language)) return List.of(l.rare());
        return List.of();
    }
}
