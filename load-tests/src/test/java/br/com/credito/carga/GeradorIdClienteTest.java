package br.com.credito.carga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GeradorIdClienteTest {

    @Test
    void devePreencherOsDigitosDoPadraoComOsRecorrentesPrimeiro() {
        GeradorIdCliente ids = new GeradorIdCliente("9#####", 3, 0);

        assertThat(ids.recorrente(0)).isEqualTo("900000");
        assertThat(ids.recorrente(2)).isEqualTo("900002");
        assertThat(ids.novo()).isEqualTo("900003");
        assertThat(ids.novo()).isEqualTo("900004");
    }

    @Test
    void naoDeveRepetirClienteNovoNemUsarUmRecorrenteAteDarAVolta() {
        GeradorIdCliente ids = new GeradorIdCliente("LT-##", 10, 85);
        Set<String> vistos = new HashSet<>();

        IntStream.range(0, 90).forEach(i -> vistos.add(ids.novo()));

        assertThat(vistos).hasSize(90).allMatch(id -> id.matches("LT-\\d\\d"));
        assertThat(vistos)
                .doesNotContain(IntStream.range(0, 10).mapToObj(ids::recorrente).toArray(String[]::new));
        assertThat(ids.novo()).isEqualTo("LT-95");
    }

    @Test
    void deveAceitarInicioNegativoOuMaiorQueAFaixa() {
        assertThat(new GeradorIdCliente("9#", 1, -1).novo()).isEqualTo("99");
        assertThat(new GeradorIdCliente("9#", 1, 9 * 7 + 2).novo()).isEqualTo("93");
    }

    @Test
    void deveRecusarPadraoInvalidoOuPequenoDemais() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GeradorIdCliente("12345", 1, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new GeradorIdCliente("9 ###", 1, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new GeradorIdCliente("9#", 10, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new GeradorIdCliente("9#", 2, 0).recorrente(2));
    }
}
