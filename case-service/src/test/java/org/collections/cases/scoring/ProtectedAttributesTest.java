package org.collections.cases.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A score never uses who the debtor is: adding a feature is a reviewed change to the approved list below. */
class ProtectedAttributesTest {

    static final List<String> APPROVED = List.of("DAYS_PAST_DUE", "BALANCE_LOG", "PAID_SHARE", "PAYMENTS_90D",
            "DAYS_SINCE_PAYMENT", "PROMISES_KEPT", "PROMISES_BROKEN", "PLANS_BROKEN", "BUCKET_ROLLS_180D",
            "RIGHT_PARTY_CONTACTS_30D", "DAYS_SINCE_OPENED");

    @Test
    void everyFeatureIsOneOfTheApprovedAndNoneStandsForAProtectedAttribute() {
        List<String> features = Arrays.stream(ScoreFeature.values()).map(Enum::name).toList();

        assertThat(features).containsExactlyElementsOf(APPROVED);
        assertThat(features).noneMatch(ProtectedAttributes::isProtected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DEBTOR_AGE", "age", "SEX", "GENDER_CODE", "ETHNICITY", "RELIGION", "POSTAL_CODE", "ZIP",
            "TIME_ZONE", "timeZone", "PREFERRED_LANGUAGE", "CITY", "DATE_OF_BIRTH", "NATIONAL_ID_PREFIX", "LATITUDE"})
    void aModelWithAProtectedFeatureCannotBeBuilt(String feature) {
        assertThatIllegalArgumentException().isThrownBy(() -> new LogisticModel("x@1", List.of("DAYS_PAST_DUE", feature),
                new double[2], new double[2], new double[2], 0)).withMessageContaining(feature);
    }

    @Test
    void aProductNamedLikeAProtectedAttributeIsLeftOutOfTraining() {
        TrainingSet set = new TrainingSet(List.of("CREDIT_CARD", "SENIOR_AGE_LOAN"), List.of(), 10);

        assertThat(set.features()).contains("PRODUCT=CREDIT_CARD").doesNotContain("PRODUCT=SENIOR_AGE_LOAN");
    }

    @Test
    void wordsThatMerelyContainAnExcludedWordAreNotProtected() {
        assertThat(ProtectedAttributes.isProtected("PAGE_VIEWS")).isFalse();
        assertThat(ProtectedAttributes.isProtected("DAYS_SINCE_OPENED")).isFalse();
    }
}
