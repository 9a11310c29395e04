package org.masthead.model;

/**
 * One author in a byline: a name and a title or affiliation as printed ("Vice President of
 * ..."). Stored with the article, so a later change of an author's title never rewrites an
 * old byline.
 */
public record Author(String name, String title) {
    public Author {
        name = name == null ? "" : name.strip();
        title = title == null ? "" : title.strip();
    }

    /** "NAME, TITLE" or just the name. */
    public String display() {
        return title.isEmpty() ? name : name + ", " + title;
    }
}
