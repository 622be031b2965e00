package io.entente.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected names are what score.py's norm() returns for the same input. */
class NameNormalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Kremlin|kremlin",
            "Kim Jong-un|kim jong un",
            "'  the  the state duma '|the state duma",
            "the|the",
            "the-the|the",
            "N.A.T.O.|n a t o",
            "Łódź_x|łodz_x",
            "İstanbul|istanbul",
            "ΟΔΥΣΣΕΥΣ|οδυσσευς",
            "ﬁnance ①②|finance 12",
            "नमस्ते दुनिया|नमसत द न य",
            "«Quoted» ‘text’|quoted text",
            "José Müller|jose muller"})
    void normalisesAsScorePyDoes(String name, String python) {
        assertThat(NameNormalizer.norm(name)).isEqualTo(python);
    }
}
