package io.entente.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected strings are what CPython 3.11 prints for the same values. */
class PyTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0.6666666666666666|0.6666666666666666", "1|1.0", "0.1|0.1", "1e-4|0.0001", "5e-5|5e-05",
            "1e16|1e+16", "1234567890123456|1234567890123456.0", "0.888888888888889|0.888888888888889",
            "4.9e-324|5e-324", "1.7976931348623157e308|1.7976931348623157e+308", "-2.5|-2.5", "0|0.0"})
    void floatReprIsPythons(double value, String python) {
        assertThat(PyText.floatRepr(value)).isEqualTo(python);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0.0625|0.062", "0.1875|0.188", "0.3125|0.312", "0.5625|0.562", "0.8125|0.812", "0.9375|0.938",
            "0.0005|0.001", "0.0015|0.002", "0.6666666666666666|0.667", "1|1.000"})
    void threeDecimalsRoundTheExactBinaryValueHalfEven(double value, String python) {
        assertThat(PyText.fixed3(value)).isEqualTo(python);
    }

    @Test
    void reprQuotesAndEscapesLikePython() {
        assertThat(PyText.repr(List.of("macron", "FRA"))).isEqualTo("['macron', 'FRA']");
        assertThat(PyText.repr("a'b")).isEqualTo("\"a'b\"");
        assertThat(PyText.repr("a'b\"")).isEqualTo("'a\\'b\"'");
        assertThat(PyText.repr("\u0085\u00a0\u200b")).isEqualTo("'\\x85\\xa0\\u200b'");
        assertThat(PyText.repr(Arrays.asList(null, 1.0, true, 3))).isEqualTo("[None, 1.0, True, 3]");
        assertThat(PyText.repr(Map.of("k", 2))).isEqualTo("{'k': 2}");
    }

    @Test
    void widthsPadStringsRightAndNumbersLeftByCodePoint() {
        assertThat(PyText.formatWidth("ÉTÉ", 5)).isEqualTo("ÉTÉ  ");
        assertThat(PyText.formatWidth("𝔸", 3)).isEqualTo("𝔸  ");
        assertThat(PyText.formatWidth(7L, 3)).isEqualTo("  7");
        assertThat(PyText.formatWidth(true, 3)).isEqualTo("  1");
    }

    @Test
    void stripUsesPythonWhitespace() {
        assertThat(PyText.strip("\u00a0\u2003 RUS\u001f\u3000")).isEqualTo("RUS");
        assertThat(PyText.strip("\u200bRUS")).isEqualTo("\u200bRUS");
    }
}
