package io.github.custdev.examples;

import io.github.custdev.audience.Audience;
import io.github.custdev.audience.Conversion;
import io.github.custdev.audience.UnitEconomics;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * The market of the examples' scheduling product for dental practices, written once: its unit economics and the three
 * audiences a founder weighs as the smallest viable one. {@link Journey} and {@link AudienceExample} both use it, so
 * the two tell the same story.
 */
final class DentalPractices {
    private DentalPractices() {}

    /**
     * The product's unit economics per month: 120 a month, 20 to serve, 600 to acquire, 96% kept each month, and
     * 15,000 of fixed costs (198 paying practices break even).
     *
     * @return the unit economics
     */
    static UnitEconomics economics() {
        return UnitEconomics.builder()
                .price(120)
                .variableCost(20)
                .acquisitionCost(600)
                .retention(0.96)
                .fixedCosts(15_000)
                .build();
    }

    /**
     * The candidate audiences, largest first: dental chains (2% convert), solo practices (6%) and group practices,
     * whose conversion comes from the evidence of a paid-pilot offer.
     *
     * @param groups the conversion of group practices, from their evidence
     * @return chains, solo practices and group practices
     */
    static Seq<Audience> candidates(Conversion groups) {
        UnitEconomics economics = economics();
        return List.of(
                Audience.builder()
                        .name("dental-chains")
                        .traits("ten or more locations", "central purchasing")
                        .reachableSize(30_000)
                        .conversion(Conversion.of(0.02))
                        .economics(economics)
                        .build(),
                Audience.builder()
                        .name("solo-practices")
                        .traits("one dentist", "the dentist answers the phone")
                        .reachableSize(2_500)
                        .conversion(Conversion.of(0.06))
                        .economics(economics)
                        .build(),
                Audience.builder()
                        .name("group-practices")
                        .traits("two to five dentists", "a front desk that books by phone")
                        .reachableSize(4_000)
                        .conversion(groups)
                        .economics(economics)
                        .build());
    }
}
