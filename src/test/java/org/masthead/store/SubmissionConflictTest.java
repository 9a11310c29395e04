package org.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.masthead.model.MessageKind;
import org.masthead.model.Person;
import org.masthead.model.Submission;
import org.masthead.model.SubmissionStatus;

/**
 * Two reviewers triage the same submission at once on the server, each through their own
 * connection: one moves its status, the other its assignee. Each write rewrites the row, so
 * without the version check one would put back the other's old value unseen.
 */
@ExtendWith(PostgresServer.class)
class SubmissionConflictTest {

    private static final Instant T = Instant.parse("2026-11-27T09:00:00Z");

    @Test
    void concurrentTriageOfOneSubmissionLosesNeitherChange(PostgresTestServer server) throws Exception {
        DatabaseLocation.Postgres where = server.createDatabase();
        List<Database> opened = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 2; i++) opened.add(server.open(where));
            SubmissionStore mei = new SubmissionStore(opened.get(0));
            SubmissionStore omar = new SubmissionStore(opened.get(1));
            long id = mei.save(SyntheticInbox.message("<c1@example.org>", "Rivers", "Ana", "ana@example.org", T, "A text.", MessageKind.SUBMISSION,
                    null)).submissionId();
            Person p1 = mei.addPerson("Mei Lin", "");
            Person p2 = mei.addPerson("Omar Haddad", "");
            int rounds = 40;
            CountDownLatch go = new CountDownLatch(1);
            Future<Integer> statuses = pool.submit(() -> {
                go.await();
                int conflicts = 0;
                for (int i = 0; i < rounds; i++) {
                    SubmissionStatus next = i % 2 == 0 ? SubmissionStatus.IN_REVIEW : SubmissionStatus.SHORTLISTED;
                    while (true) {
                        try {
                            mei.setStatus(id, next, "Mei Lin");
                            break;
                        } catch (ConflictException e) {
                            conflicts++; // made again, as a person would after the message
                        }
                    }
                }
                return conflicts;
            });
            Future<Integer> assignees = pool.submit(() -> {
                go.await();
                int conflicts = 0;
                for (int i = 0; i < rounds; i++) {
                    long who = i % 2 == 0 ? p1.id() : p2.id();
                    while (true) {
                        try {
                            omar.assign(id, who, "Omar Haddad");
                            break;
                        } catch (ConflictException e) {
                            assertThat(e.kind()).isEqualTo("submission");
                            assertThat(e).hasMessageContaining("changed by someone else");
                            conflicts++;
                        }
                    }
                }
                return conflicts;
            });
            go.countDown();
            statuses.get(120, TimeUnit.SECONDS);
            assignees.get(120, TimeUnit.SECONDS);
            Submission s = mei.get(id).orElseThrow();
            // each one's last change is there: neither wrote the other's old value back
            assertThat(s.status()).isEqualTo(SubmissionStatus.SHORTLISTED);
            assertThat(s.assigneeId()).isEqualTo(p2.id());
            assertThat(mei.activity(id).stream().filter(a -> a.action().equals("status")).count()).isEqualTo(rounds);
        } finally {
            pool.shutdownNow();
            opened.forEach(Database::close);
            server.drop(where);
        }
    }
}
