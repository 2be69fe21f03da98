package br.com.credito.regras.avaliacao.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PoliticaEmPortuguesTest {

    @Test
    void deveDescreverCadaRegraComOsParametrosDaVersao() {
        assertThat(PoliticaEmPortugues.descrever(PoliticasDeTeste.padrao()))
                .contains(
                        "Reprova cliente com contrato inadimplente ou com mais de 90 dias em atraso.",
                        "Reprova score abaixo de 400.",
                        "Score indisponível: encaminha para análise manual (EM_ANALISE).",
                        "Score de 650 a 799 (ALTA): limite base de R$ 4.500.",
                        "Dívidas em aberto reduzem o limite em 40% do saldo.",
                        "Investimentos somam ao limite como garantia parcial: CDB 15%; LCI 15%; LCA 15%;"
                                + " TESOURO_DIRETO 20%; FUNDO 5%.",
                        "Cartão BLACK: score mínimo 800, limite de R$ 15.000 a R$ 150.000.");
    }
}
