package org.masthead.model;

/**
 * Someone on the team: a reviewer submissions are assigned to and who scores them. Names are
 * unique; the team-mode issue ties a person to a real login.
 */
public record Person(long id, String name, String email) {
    public Person {
        name = name == null ? "" : name.strip();
        email = email == null ? "" : email.strip();
    }
}
