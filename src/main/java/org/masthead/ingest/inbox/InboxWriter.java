package org.masthead.ingest.inbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import java.util.Optional;
import java.util.Set;
import org.masthead.model.AttachmentOutcome;
import org.masthead.model.IncomingMessage;
import org.masthead.model.MessageKind;
import org.masthead.model.Submission;
import org.masthead.store.ImageStore;
import org.masthead.store.SubmissionStore;
import org.masthead.triage.MinHash;

/**
 * The writing end of an import, on one thread, in the messages' order: settles each message's
 * kind against what the inbox holds (a follow-up or revised version of a submission, matched by
 * In-Reply-To/References, else by sender and title; an auto-reply; other mail; or a new
 * submission, flagged when it is a near-duplicate of one already there) and stores messages in
 * batches, one transaction each. A message whose match may be in the unsaved batch flushes the
 * batch first, so a reply in the same mbox as its submission still finds it.
 */
final class InboxWriter {

    static final int BATCH = 500;
    /** Who the activity log names for what the import decided. */
    static final String ACTOR = "Masthead import";
    /** Candidates sharing this many MinHash bands are compared in full. */
    private static final int MAX_CANDIDATES = 5;

    private final SubmissionStore store;
    private final ImageStore images;
    private final MinHash minHash;
    private final List<PreparedMail> pending = new ArrayList<>();
    private final Set<String> pendingIds = new HashSet<>();
    private final Set<String> pendingSenders = new HashSet<>();
    private final List<MinHash.Signature> pendingSignatures = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private int imported;
    private int duplicates;
    private int followUps;
    private int failed;

    InboxWriter(SubmissionStore store, ImageStore images, MinHash minHash) {
        this.store = store;
        this.images = images;
        this.minHash = minHash;
    }

    void accept(PreparedMail p) {
        if (!p.ok()) {
            flush();
            store.addFailed(p.source(), p.failure(), p.raw());
            failed++;
            problems.add("could not import " + p.source() + ": " + p.failure());
            return;
        }
        if (dependsOnPending(p)) flush();
        PreparedMail settled = settle(p);
        pending.add(settled);
        if (settled.message().messageId() != null) pendingIds.add(settled.message().messageId());
        pendingSenders.add(settled.message().fromEmail().toLowerCase(Locale.ROOT));
        if (settled.signature() != null) pendingSignatures.add(settled.signature());
        if (pending.size() >= BATCH) flush();
    }

    void flush() {
        if (pending.isEmpty()) return;
        // Pictures become assets: those inside documents (their figures point at them) and those attached on their own.
        for (PreparedMail p : pending) {
            for (byte[] picture : p.images().values()) putQuietly(p.source(), picture);
            for (IncomingMessage.Attachment a : p.message().attachments()) {
                if (a.outcome() == AttachmentOutcome.IMAGE && a.bytes().length <= ImageStore.MAX_BYTES) putQuietly(p.source(), a.bytes());
            }
        }
        List<SubmissionStore.SaveResult> results = store.saveAll(pending.stream().map(PreparedMail::message).toList());
        for (int i = 0; i < results.size(); i++) {
            SubmissionStore.SaveResult r = results.get(i);
            Long twin = pending.get(i).message().draft().duplicateOf();
            if (r.outcome() == SubmissionStore.SaveResult.Outcome.NEW_ITEM && twin != null) store.markDuplicate(r.submissionId(), twin, ACTOR);
            switch (r.outcome()) {
                case NEW_ITEM -> imported++;
                case FOLLOW_UP, REVISION -> followUps++;
                case ALREADY_THERE -> duplicates++;
            }
        }
        pending.clear();
        pendingIds.clear();
        pendingSenders.clear();
        pendingSignatures.clear();
    }

    /** An attached picture the image store cannot take (a broken file) stays an attachment only. */
    private void putQuietly(String source, byte[] picture) {
        try {
            images.put(picture);
        } catch (RuntimeException e) {
            problems.add(source + ": a picture could not be kept as an asset (" + e.getMessage() + "); the message keeps it");
        }
    }

    InboxImporter.Report report(boolean cancelled) {
        return new InboxImporter.Report(imported, duplicates, followUps, failed, 0, cancelled, problems);
    }

    private boolean dependsOnPending(PreparedMail p) {
        // both are the parser's ids, without angle brackets
        for (String t : p.threadIds()) if (pendingIds.contains(t)) return true;
        if (pendingSenders.contains(p.message().fromEmail().toLowerCase(Locale.ROOT))) return true;
        if (p.signature() != null) for (MinHash.Signature s : pendingSignatures) if (minHash.isNearDuplicate(s, p.signature())) return true;
        return false;
    }

    /** The message with its kind decided: its thread's submission, or a twin it duplicates. */
    private PreparedMail settle(PreparedMail p) {
        IncomingMessage m = p.message();
        if (p.automatic()) return p;
        Optional<Long> thread = p.threadIds().isEmpty() ? Optional.empty() : store.submissionForMessageIds(p.threadIds());
        if (thread.isEmpty() && !m.fromEmail().isBlank()) thread = store.submissionBySenderAndTitle(m.fromEmail(), m.draft().title());
        if (thread.isPresent()) return with(p, p.substantial() ? MessageKind.REVISION : MessageKind.FOLLOW_UP, thread.get(), m.draft());
        if (!p.substantial()) return with(p, MessageKind.OTHER, null, m.draft().withKind(MessageKind.OTHER).withAnswerDue(null));
        Long twin = twin(p);
        return twin == null ? p : with(p, MessageKind.SUBMISSION, null, m.draft().withDuplicateOf(twin));
    }

    /** The submission this one is a near-duplicate of (the same piece under another subject, reworded a little), or null. */
    private Long twin(PreparedMail p) {
        if (p.signature() == null || p.message().bandKeys().length == 0) return null;
        List<SubmissionStore.DuplicateCandidate> candidates = store.duplicateCandidates(p.message().bandKeys());
        double best = 0;
        Long twin = null;
        for (SubmissionStore.DuplicateCandidate c : candidates.subList(0, Math.min(MAX_CANDIDATES, candidates.size()))) {
            String text = store.currentVersion(c.submissionId()).map(v -> v.plainText()).orElse("");
            double s = minHash.similarity(p.signature(), minHash.signature(text));
            if (s >= MinHash.DEFAULT_THRESHOLD && s > best) {
                best = s;
                twin = c.submissionId();
            }
        }
        return twin;
    }

    private static PreparedMail with(PreparedMail p, MessageKind kind, Long target, Submission draft) {
        IncomingMessage m = p.message();
        IncomingMessage n = new IncomingMessage(m.raw(), m.sha256(), m.messageId(), m.inReplyTo(), m.references(), m.subject(), m.fromName(),
                m.fromEmail(), m.receivedAt(), m.source(), kind, target, draft, m.body(), m.plainText(), m.attachments(), m.links(),
                m.warnings(), m.bandKeys());
        return new PreparedMail(p.source(), p.raw(), n, p.threadIds(), p.automatic(), p.substantial(), p.signature(), p.images(), null);
    }


}
