package org.praxis.hub;

import org.junit.jupiter.api.Test;
import org.praxis.hub.internal.CollectionStatus;
import org.praxis.platform.ui.PraxisI18NProvider;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Texts built at run time for collections and "superseded by" (enum values, history actions) exist. */
class HubCollectionsTranslationsTests {

    final PraxisI18NProvider texts = new PraxisI18NProvider("");

    @Test
    void everyCollectionStatusAndNewHistoryActionHasItsText() {
        List<String> keys = new ArrayList<>();
        for (CollectionStatus status : CollectionStatus.values()) {
            keys.add("hub.collection.status." + status.name());
            keys.add("hub.collection.status-explained." + status.name());
        }
        keys.addAll(List.of("hub.history.superseded", "hub.history.supersede-cleared", "hub.history.superseded-note"));
        assertThat(keys).allSatisfy(key -> assertThat(texts.hasTranslation(key)).as(key).isTrue());
        assertThat(texts.hasTranslation("hub.collection.status.NO_SUCH_STATUS")).isFalse();
    }
}
