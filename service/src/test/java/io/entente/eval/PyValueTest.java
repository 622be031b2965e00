package io.entente.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PyValueTest {

    @Test
    void numbersAndBoolsCompareAsPythonDoes() {
        assertThat(PyValue.eq(3000, 3000.0)).isTrue();
        assertThat(PyValue.eq(true, 1)).isTrue();
        assertThat(PyValue.eq(false, 0.0)).isTrue();
        assertThat(PyValue.eq(new BigInteger("12345678901234567890"), 12345678901234567890.0)).isFalse();
        assertThat(PyValue.eq("3000", 3000)).isFalse();
        assertThat(PyValue.eq(Double.NaN, Double.NaN)).isFalse();
        assertThat(PyValue.eq(List.of(1, "a"), List.of(1.0, "a"))).isTrue();
        assertThat(PyValue.eq(null, null)).isTrue();
    }

    @Test
    void truthinessFollowsPython() {
        assertThat(Arrays.asList(null, false, 0, 0.0, "", List.of(), Map.of()))
                .allSatisfy(v -> assertThat(PyValue.truthy(v)).isFalse());
        assertThat(List.of(true, 2, -0.5, "0", List.of(0), Map.of("a", 0)))
                .allSatisfy(v -> assertThat(PyValue.truthy(v)).isTrue());
    }

    @Test
    void equalNumbersAreOneDictKeyKeepingTheFirst() {
        PyDict<String> dict = new PyDict<>();
        dict.put(7, "int");
        dict.put(7.0, "float");
        dict.put(true, "bool");
        dict.put(1, "one");

        assertThat(dict.size()).isEqualTo(2);
        assertThat(dict.keys()).containsExactly(7, true);
        assertThat(dict.get(7L)).isEqualTo("float");
        assertThat(dict.get(1.0)).isEqualTo("one");
        assertThatThrownBy(() -> dict.put(List.of(), "x")).hasMessageContaining("unhashable type: 'list'");
    }

    @Test
    void mixedKeyTypesCannotBeSorted() {
        PyDict<String> dict = new PyDict<>();
        dict.put("b", "x");
        dict.put("a", "x");
        assertThat(dict.sortedItems()).extracting(Map.Entry::getKey).containsExactly("a", "b");
        dict.put(3, "x");
        assertThatThrownBy(dict::sortedItems).isInstanceOf(ScoringException.class);
    }

    @Test
    void iteratingAStringVisitsItsCharacters() {
        assertThat(PyValue.iterate("x𝔸")).containsExactly("x", "𝔸");
        assertThat(PyValue.iterate(Map.of("k", 1))).containsExactly("k");
        assertThatThrownBy(() -> PyValue.iterate(5)).hasMessageContaining("'int' object is not iterable");
    }
}
