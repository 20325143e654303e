package kz.registry.testing;

/** What the project's seed (../shared/seed, the US TIP report 2018 on Kazakhstan) says, as tests expect it back. */
public final class Seed {

    /** The report's sentence about 2017, which the demo's 2017 reproduces at the report's rate. */
    public static final String SENTENCE_2017 = "In 2017, the government allocated at least 162.7 million KZT ($491,080) "
            + "to direct victim assistance, including 159 million KZT ($479,910) for shelter assistance and 3.7 million "
            + "KZT ($11,170) for victim assistance during investigations, an increase from 25.97 million KZT ($78,390) "
            + "in 2016.";

    private Seed() {
    }
}
