package org.masthead.planning.preflight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings over a set of articles, in article order, and what an export says when it
 * refuses them.
 */
public record PreflightReport(List<Finding> findings, int articlesChecked) {

    public PreflightReport {
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return Preflight.hasErrors(findings);
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> !f.isError()).toList();
    }

    /** The findings grouped by article id, in the order the articles were checked. */
    public Map<Long, List<Finding>> byArticle() {
        Map<Long, List<Finding>> m = new LinkedHashMap<>();
        for (Finding f : findings) m.computeIfAbsent(f.articleId(), k -> new ArrayList<>()).add(f);
        return m;
    }

    /** The ids of the articles with errors. */
    public List<Long> articlesWithErrors() {
        return errors().stream().map(Finding::articleId).distinct().toList();
    }

    /**
     * What an export that refuses says: which articles have errors and why, one line each, and
     * how to go ahead anyway ({@code override}, e.g. "add --force").
     */
    public String refusal(String override) {
        List<Long> ids = articlesWithErrors();
        StringBuilder sb = new StringBuilder();
        sb.append("Preflight found ").append(errors().size()).append(errors().size() == 1 ? " error" : " errors").append(" in ")
                .append(ids.size()).append(ids.size() == 1 ? " article" : " articles").append("; nothing was exported.");
        for (Map.Entry<Long, List<Finding>> e : byArticle().entrySet()) {
            List<Finding> errs = e.getValue().stream().filter(Finding::isError).toList();
            if (errs.isEmpty()) continue;
            sb.append("\n  ").append(e.getKey()).append(" ").append(headline(errs.get(0))).append(":");
            for (Finding f : errs) sb.append("\n    ").append(f.location().describe()).append(": ").append(f.message());
        }
        if (override != null && !override.isBlank()) sb.append("\n").append(override);
        return sb.toString();
    }

    static String headline(Finding f) {
        return f.headline().isBlank() ? "(untitled)" : "“" + f.headline() + "”";
    }
}
