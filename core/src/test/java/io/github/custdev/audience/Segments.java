package io.github.custdev.audience;

/**
 * The dental-scheduling venture of the tests and of docs/audience.md: 120 a month, 20 to serve, 600 to win, 96%
 * monthly retention, 15,000 fixed costs a month; 198 paying customers to break even.
 */
public final class Segments {
    private Segments() {}

    public static UnitEconomics economics() {
        return UnitEconomics.builder()
                .price(120)
                .variableCost(20)
                .acquisitionCost(600)
                .retention(0.96)
                .fixedCosts(15_000)
                .build();
    }

    /** Solo practices: 2,500 reachable, 6% assumed to convert: 150 expected. */
    public static Audience solo() {
        return Audience.builder()
                .name("solo-practices")
                .traits("one dentist", "the dentist answers the phone")
                .reachableSize(2_500)
                .conversion(Conversion.of(0.06))
                .economics(economics())
                .build();
    }

    /** Group practices: 4,000 reachable, 9 of 120 paid for a pilot: Beta(10, 112) with a uniform prior. */
    public static Audience groups() {
        return Audience.of(
                "group-practices", 4_000, Conversion.from(Assessments.betaPosterior(10, 112, 0.95)), economics());
    }

    /** Dental chains: 30,000 locations reachable, 2% assumed to convert: 600 expected. */
    public static Audience chains() {
        return Audience.of("dental-chains", 30_000, Conversion.of(0.02), economics());
    }
}
