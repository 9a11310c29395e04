package org.masthead.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.masthead.model.Publication;

class PublicationSettingsTest {

    @Test
    void aPublicationRoundTripsThroughTheForm() {
        Publication p = new Publication("The Daily Meridian", ZoneId.of("Asia/Shanghai"), Map.of("Asia/Shanghai", "BJT", "Europe/Paris", "CET"));
        assertThat(PublicationSettings.parse(PublicationSettings.Form.of(p))).isEqualTo(p);
    }

    @Test
    void labelsAreReadOnePerLineAndBadInputSaysWhatToFix() {
        Publication p = PublicationSettings.parse(new PublicationSettings.Form(" Opinion ", "Europe/Madrid", "\nEurope/Madrid=CET\n\n"));
        assertThat(p.name()).isEqualTo("Opinion");
        assertThat(p.zoneLabels()).containsEntry("Europe/Madrid", "CET");
        assertThatThrownBy(() -> PublicationSettings.parse(new PublicationSettings.Form("", "UTC", "")))
                .hasMessageContaining("name");
        assertThatThrownBy(() -> PublicationSettings.parse(new PublicationSettings.Form("X", "Beijing", "")))
                .hasMessageContaining("Beijing").hasMessageContaining("Asia/Shanghai");
        assertThatThrownBy(() -> PublicationSettings.parse(new PublicationSettings.Form("X", "UTC", "BJT")))
                .hasMessageContaining("ZONE = LABEL");
        assertThatThrownBy(() -> PublicationSettings.parse(new PublicationSettings.Form("X", "UTC", "Asia/Shanghai =")))
                .hasMessageContaining("empty");
    }
}
