package br.com.credito.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/** The firewall's character rules must accept exactly what Spring's own patterns accept. */
class CaracteresDoFirewallTest {

    /** Spring Security's patterns (StrictHttpFirewall), written out here so that the comparison has a fixed reference. */
    private static final Pattern NOME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    private static final Pattern VALOR = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    /** Code points from every class that matters: ASCII, controls, tab, assigned and unassigned, surrogates, astral. */
    private static final int[] AMOSTRAS = {
        'a', 'Z', '0', ' ', '~', '=', '\t', '\n', '\r', 0, 0x1f, 0x7f, 0x80, 0x9f, 0xa0, 0xe9, 0x2028, 0x0378, 0x0379,
        0xfffe, 0xffff, 0xd800, 0xdbff, 0xdc00, 0x1f600, 0x10ffff, 0xe0001, 0x0600, 0x200b, 0xfeff, 0x3000
    };

    @Test
    void aceitaOQueOsPadroesDoSpringAceitamEmTextosGerados() {
        Random aleatorio = new Random(20261202L);
        for (int i = 0; i < 200_000; i++) {
            String texto = texto(aleatorio);
            assertThat(CaracteresDoFirewall.nomePermitido(texto))
                    .as("nome [%s]", texto.codePoints().boxed().toList())
                    .isEqualTo(NOME.matcher(texto).matches());
            assertThat(CaracteresDoFirewall.valorPermitido(texto))
                    .as("valor [%s]", texto.codePoints().boxed().toList())
                    .isEqualTo(VALOR.matcher(texto).matches());
        }
    }

    @Test
    void osPadroesDeReferenciaSaoOsDoProprioFirewall() {
        // The reference above must stay Spring's: its default predicates answer like it on the samples.
        Predicate<String> nomeDoSpring = StrictHttpFirewall.ALLOWED_HEADER_NAMES;
        Predicate<String> valorDoSpring = StrictHttpFirewall.ALLOWED_HEADER_VALUES;
        for (int ponto : AMOSTRAS) {
            String texto = "x" + Character.toString(ponto) + "y";
            assertThat(NOME.matcher(texto).matches()).isEqualTo(nomeDoSpring.test(texto));
            assertThat(VALOR.matcher(texto).matches()).isEqualTo(valorDoSpring.test(texto));
        }
    }

    @Test
    void oFirewallDaPlataformaRecusaUmValorComControle() {
        StrictHttpFirewall firewall = (StrictHttpFirewall) SegurancaAutoConfiguration.firewallSemExpressoesRegulares();
        MockHttpServletRequest pedido = new MockHttpServletRequest("GET", "/v1/score/12345");
        pedido.addHeader("Authorization", "Bearer abc\u0000def");
        pedido.addHeader("X-Ok", "valor\tcom tabulacao");
        var protegido = firewall.getFirewalledRequest(pedido);
        assertThat(protegido.getHeader("X-Ok")).isEqualTo("valor\tcom tabulacao");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> protegido.getHeader("Authorization"))
                .isInstanceOf(RequestRejectedException.class);
    }

    private static String texto(Random aleatorio) {
        StringBuilder texto = new StringBuilder();
        int tamanho = aleatorio.nextInt(6);
        for (int i = 0; i < tamanho; i++) {
            int escolha = aleatorio.nextInt(4);
            int ponto = switch (escolha) {
                case 0 -> AMOSTRAS[aleatorio.nextInt(AMOSTRAS.length)];
                case 1 -> 0x20 + aleatorio.nextInt(0x5f);
                case 2 -> aleatorio.nextInt(0x3000);
                default -> aleatorio.nextInt(0x110000);
            };
            texto.appendCodePoint(ponto);
        }
        return texto.toString();
    }
}
