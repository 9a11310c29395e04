package org.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.store.SyntheticInbox.message;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.InboxQuery;
import org.masthead.model.MessageKind;
import org.masthead.model.SearchHit;
import org.masthead.model.SearchOrder;

class SubmissionSearchTest {

    static final Instant T = Instant.parse("2026-03-02T08:00:00Z");

    @TempDir
    Path dir;
    Database db;
    SubmissionStore store;
    long cafe;
    long chinese;
    long japanese;
    long arabic;
    long later;

    @BeforeEach
    void fill(Backend backend) {
        db = backend.open(dir.resolve("search.db"));
        store = new SubmissionStore(db);
        cafe = add("<1@x>", "The café economy", "José Núñez", "Small cafés keep a neighbourhood alive. Rents rise; the café closes.");
        chinese = add("<2@x>", "城市与水", "李梅", "气候变化正在改变我们的城市。水资源管理需要新的政策。");
        japanese = add("<3@x>", "東京の未来", "佐藤花子", "東京の気候変動対策は、まだ始まったばかりです。");
        arabic = add("<4@x>", "المياه في المدينة", "عمر حداد", "إن إدارة المياه في المدن العربية تحتاج إلى إصلاح عاجل.");
        later = add("<5@x>", "Another café piece", "Ana Lima", "A later café column, about rent and the economy.");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long add(String id, String title, String author, String body) {
        return store.save(message(id, title, author, "a@example.org", T, body, MessageKind.SUBMISSION, null)).submissionId();
    }

    private List<Long> ids(String q) {
        return store.search(q, 20).stream().map(h -> h.row().id()).toList();
    }

    @BackendTest
    void englishIsFoundWithDiacriticsFoldedNewestFirst() {
        assertThat(ids("cafe")).containsExactly(later, cafe);
        assertThat(ids("CAFÉ economy")).containsExactly(later, cafe);
        assertThat(ids("jose nunez")).containsExactly(cafe);
        assertThat(ids("neighbourhood")).containsExactly(cafe);
        assertThat(ids("nothing-like-this")).isEmpty();
        assertThat(store.search("cafe", SearchOrder.RELEVANCE, 20)).extracting(h -> h.row().id()).containsExactlyInAnyOrder(cafe, later);
        assertThat(store.search("cafe", 1)).hasSize(1);
    }

    @BackendTest
    void chineseJapaneseAndArabicSubstringsAreFound() {
        assertThat(ids("气候变化")).containsExactly(chinese);
        assertThat(ids("水资源管理")).containsExactly(chinese);
        assertThat(ids("李梅")).as("two characters: LIKE over the trigram table").containsExactly(chinese);
        assertThat(ids("水")).containsExactly(chinese);
        assertThat(ids("気候変動")).containsExactly(japanese);
        assertThat(ids("東京")).containsExactly(japanese);
        assertThat(ids("مياه")).as("the word behind its article").containsExactly(arabic);
        assertThat(ids("المدن العربية")).containsExactly(arabic);
        assertThat(ids("气候变化 东京")).isEmpty();
        assertThat(store.list(InboxQuery.ALL.withText("气候变化"))).extracting(r -> r.id()).containsExactly(chinese);
        assertThat(store.list(InboxQuery.ALL.withText("李梅"))).extracting(r -> r.id()).containsExactly(chinese);
    }

    @BackendTest
    void snippetsMarkTheMatch() {
        SearchHit hit = store.search("neighbourhood", 5).get(0);
        assertThat(hit.snippet()).contains(SearchHit.OPEN + "neighbourhood" + SearchHit.CLOSE);
        assertThat(hit.segments()).filteredOn(SearchHit.Segment::highlighted).extracting(SearchHit.Segment::text).containsExactly("neighbourhood");
        assertThat(store.search("气候变化", 5).get(0).snippet()).contains(SearchHit.OPEN).contains(SearchHit.CLOSE).contains("气候变化");
        assertThat(store.search("李梅", 5).get(0).snippet()).contains(SearchHit.OPEN + "李梅" + SearchHit.CLOSE);
        assertThat(store.search("مياه", 5).get(0).snippet()).contains(SearchHit.OPEN);
    }

    @BackendTest
    void queryPunctuationIsNeverReadAsSyntax() {
        for (String q : List.of("\"", "\"cafe", "cafe\"", "*", "cafe*", "AND(", "cafe AND(", "NEAR", "NEAR(cafe economy)", "cafe OR", "-cafe",
                "col:cafe", "(", ")", "^cafe", "{cafe}", "'", "%", "_", "\\", "气候\"变化", "水%", "NOT cafe")) {
            List<SearchHit> hits = store.search(q, 10);
            assertThat(hits).as(q).allSatisfy(h -> assertThat(h.row()).isNotNull());
            assertThat(store.count(InboxQuery.ALL.withText(q))).as(q).isGreaterThanOrEqualTo(0);
        }
        assertThat(ids("cafe*")).containsExactly(later, cafe);
        assertThat(ids("AND(")).as("the word and, not the operator").containsExactly(later);
        assertThat(ids("%")).isEmpty();
        assertThat(ids("水%")).isEmpty();
    }
}
