package org.masthead.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.model.Review;
import org.masthead.store.ArticleStore;
import org.masthead.store.Database;
import org.masthead.store.SubmissionStore;
import org.masthead.store.TeamBenchQueries;

/**
 * The team benchmark's count of lost updates, read after the run as the tables' owner
 * (decision 0019). Every editor's save appended a paragraph with a token of its own to what it
 * had loaded, and saves only ever append: so if no acknowledged save was overwritten, the
 * article's stored text holds every token of every acknowledged save to it, and none of a
 * refused one. A token missing is a lost update; a refused token found is a save that was said
 * refused but was written. Notes hold a token each and must be stored exactly once; a reviewer's
 * scores are a row only that reviewer writes, so it must hold the last scores acknowledged.
 */
record TeamCheck(int articlesChecked, int tokensExpected, int lostArticleSaves, int refusedButStored, int notesExpected, int lostNotes,
                 int duplicatedNotes, int scoresExpected, int lostScores) {

    private static final Pattern TOKEN = Pattern.compile("#tok-[A-Za-z0-9_.\\-]+-\\d{7}#");

    int lost() {
        return lostArticleSaves + refusedButStored + lostNotes + duplicatedNotes + lostScores;
    }

    static TeamCheck of(Database owner, TeamLoad.Outcome out) {
        ArticleStore articles = new ArticleStore(owner);
        Map<Long, java.util.Set<String>> stored = new HashMap<>();
        java.util.Set<Long> touched = new java.util.HashSet<>(out.savedTokens.keySet());
        touched.addAll(out.refusedTokens.values());
        for (long id : touched) stored.put(id, tokens(articles.load(id).content().body().plainText()));
        int expected = 0;
        int lost = 0;
        for (Map.Entry<Long, List<String>> e : out.savedTokens.entrySet()) {
            for (String t : e.getValue()) {
                expected++;
                if (!stored.get(e.getKey()).contains(t)) lost++;
            }
        }
        int refusedStored = 0;
        for (Map.Entry<String, Long> e : out.refusedTokens.entrySet()) {
            if (stored.get(e.getValue()).contains(e.getKey())) refusedStored++;
        }

        Map<String, Integer> notes = new HashMap<>();
        for (String text : TeamBenchQueries.noteTexts(owner, "Checked by ")) for (String t : tokens(text)) notes.merge(t, 1, Integer::sum);
        int lostNotes = 0;
        int dupNotes = 0;
        for (String t : out.noteTokens) {
            int n = notes.getOrDefault(t, 0);
            if (n == 0) lostNotes++;
            if (n > 1) dupNotes++;
        }

        SubmissionStore inbox = new SubmissionStore(owner);
        int lostScores = 0;
        for (Map.Entry<String, Review> e : out.lastScores.entrySet()) {
            long id = Long.parseLong(e.getKey().substring(0, e.getKey().indexOf('/')));
            Review want = e.getValue();
            Review got = inbox.reviews(id).stream().filter(r -> r.reviewerId() == want.reviewerId()).findFirst().orElse(null);
            if (got == null || !Objects.equals(got.argument(), want.argument()) || !Objects.equals(got.originality(), want.originality())
                    || !Objects.equals(got.timeliness(), want.timeliness()) || !Objects.equals(got.writing(), want.writing())) {
                lostScores++;
            }
        }
        return new TeamCheck(touched.size(), expected, lost, refusedStored, out.noteTokens.size(), lostNotes, dupNotes, out.lastScores.size(),
                lostScores);
    }

    private static java.util.Set<String> tokens(String text) {
        java.util.Set<String> s = new java.util.HashSet<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) s.add(m.group());
        return s;
    }
}
