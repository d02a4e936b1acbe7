package org.collections.contact.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.collections.commons.rules.RuleViolation;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void tagsAreNormalizedAndNonsenseRefused() {
        assertThat(Languages.normalize("zh-cn")).isEqualTo("zh-CN");
        assertThat(Languages.normalize("EN")).isEqualTo("en");
        assertThat(Languages.normalize("es-419")).isEqualTo("es-419");
        assertThatThrownBy(() -> Languages.normalize("english"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("language"));
        assertThatThrownBy(() -> Languages.normalize("zh_CN"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("language"));
    }

    @Test
    void theClosestLanguageServesTheReader() {
        List<String> available = List.of("en", "zh-CN", "zh-TW");
        assertThat(Languages.bestMatch("zh-CN", available)).contains("zh-CN");
        assertThat(Languages.bestMatch("zh-TW", available)).contains("zh-TW");
        assertThat(Languages.bestMatch("zh", available)).contains("zh-CN");
        assertThat(Languages.bestMatch("zh-HK", available)).contains("zh-CN");
        assertThat(Languages.bestMatch("en-GB", available)).contains("en");
        assertThat(Languages.bestMatch("fr", available)).contains("en");
        assertThat(Languages.bestMatch(null, available)).contains("en");
        assertThat(Languages.bestMatch("not a tag", available)).contains("en");
        assertThat(Languages.bestMatch("en", List.of("en-US", "en-GB"))).contains("en-US");
        assertThat(Languages.bestMatch("zh-TW", List.of("zh", "zh-CN"))).contains("zh");
        assertThat(Languages.bestMatch("fr", List.of("zh-CN"))).isEmpty();
    }
}
