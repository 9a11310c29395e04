package org.masthead.ui.inbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.masthead.model.Submission;
import org.masthead.store.PublicationStore;
import org.masthead.triage.ReplyKind;
import org.masthead.triage.ReplyTemplates;

/**
 * The reply templates as the section edited them (JSON in the setting {@value #SETTING}, else
 * Masthead's defaults) and a letter rendered for one submission, with what is missing. Read on
 * the worker; rendering is pure, so the reply dialog can switch kind and language at once.
 */
public final class ReplyLetters {

    public static final String SETTING = "inbox.replyTemplates";

    /** A letter as the dialog shows it. */
    public record Letter(String to, String subject, String body, List<String> missing) {
    }

    private ReplyLetters() {
    }

    /** The section's templates; a stored set that cannot be read falls back to the defaults (the dialog says so). */
    public static ReplyTemplates load(PublicationStore settings) {
        return settings.setting(SETTING).map(ReplyTemplates::fromJson).orElseGet(ReplyTemplates::defaults);
    }

    public static void save(PublicationStore settings, ReplyTemplates t) {
        settings.putSetting(SETTING, t.toJson());
    }

    /** The merge values for a submission: {author}, {title}, {editor}, {publication}; {deadline} from the answer due if any. */
    public static Map<String, String> values(Submission s, String editor, String publication, java.time.ZoneId zone) {
        Map<String, String> v = new HashMap<>();
        v.put("author", s.fromName().isEmpty() ? "" : s.fromName());
        v.put("title", s.title());
        v.put("editor", editor == null ? "" : editor);
        v.put("publication", publication == null ? "" : publication);
        v.put("deadline", s.newsPegExpiry() == null ? "" : s.newsPegExpiry().toString());
        return v;
    }

    public static Letter render(ReplyTemplates templates, ReplyKind kind, String language, Submission s, Map<String, String> values) {
        ReplyTemplates.Rendered r = ReplyTemplates.render(templates.template(kind, language), values);
        List<String> missing = new ArrayList<>(r.missingValues());
        for (String u : r.unknownFields()) missing.add("{" + u + "} (unknown field)");
        String to = s.fromName().isEmpty() ? s.fromEmail() : s.fromName() + " <" + s.fromEmail() + ">";
        return new Letter(to, r.subject(), r.body(), missing);
    }
}
