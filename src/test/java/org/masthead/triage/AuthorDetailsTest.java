package org.masthead.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class AuthorDetailsTest {

    @Test
    void theOneLineBioAtTheEndGivesBioAndTitle() throws IOException {
        AuthorDetails d = AuthorDetails.extract(MinHashTest.text("rivers-op-ed.txt"), "Ana Lima");
        assertThat(d.bio()).isEqualTo("Ana Lima is a hydrologist and urban planner at the University of Porto.");
        assertThat(d.claimedTitle()).isEqualTo("hydrologist and urban planner at the University of Porto");
        assertThat(d.conflictNote()).isNull();
    }

    @Test
    void theTitleStopsWhereTheSentenceMovesOn() {
        AuthorDetails d = AuthorDetails.extract("Body.\n\nJane Okoro is a professor of economics at the University of Lagos "
                + "and the author of \"Tides\".", null);
        assertThat(d.claimedTitle()).isEqualTo("professor of economics at the University of Lagos");
        assertThat(AuthorDetails.extract("Text.\n\nAnna Weber ist Professorin für Hydrologie an der Universität Bonn.", "Anna Weber")
                .claimedTitle()).isEqualTo("Professorin für Hydrologie an der Universität Bonn");
    }

    @Test
    void aDashSignatureGivesTheTitle() {
        AuthorDetails d = AuthorDetails.extract("The argument.\n\n— Tomas Berg, Senior Engineer, Delta Works Institute\n", "Tomas Berg");
        assertThat(d.claimedTitle()).isEqualTo("Senior Engineer, Delta Works Institute");
        assertThat(d.bio()).isNull();
    }

    @Test
    void aSignatureBlockUnderTheSendersNameGivesTheTitleButNotTheContacts() {
        AuthorDetails d = AuthorDetails.extract("Best wishes,\n\nMaria Santos\nResearch Fellow\nCentre for Urban Water\n"
                + "maria.santos@cuw.example\n+44 20 7946 0000", "Maria Santos");
        assertThat(d.claimedTitle()).isEqualTo("Research Fellow, Centre for Urban Water");
    }

    @Test
    void labelledBioAndConflictNotes() {
        AuthorDetails d = AuthorDetails.extract("Piece.\n\nBio: Li Wei is a senior researcher at the Institute of Water Policy.\n"
                + "She grew up beside the Yangtze.\n\nDisclosure: the author advises a river-restoration charity without pay.", "Li Wei");
        assertThat(d.bio()).isEqualTo("Li Wei is a senior researcher at the Institute of Water Policy. She grew up beside the Yangtze.");
        assertThat(d.claimedTitle()).isEqualTo("senior researcher at the Institute of Water Policy");
        assertThat(d.conflictNote()).isEqualTo("Disclosure: the author advises a river-restoration charity without pay.");
        assertThat(AuthorDetails.extract("Dear editor, I have no conflicts of interest to declare. Best, Tom", null).conflictNote())
                .isEqualTo("I have no conflicts of interest to declare.");
        assertThat(AuthorDetails.extract("Texte.\nConflit d'intérêts : aucun.", null).conflictNote()).isEqualTo("Conflit d'intérêts : aucun.");
    }

    @Test
    void nothingFoundIsNull() {
        AuthorDetails d = AuthorDetails.extract("Europe is a continent of rivers. We should use them.\n\nThanks", "Sam");
        assertThat(d).isEqualTo(new AuthorDetails(null, null, null));
        assertThat(AuthorDetails.extract(null, null)).isEqualTo(new AuthorDetails(null, null, null));
    }
}
