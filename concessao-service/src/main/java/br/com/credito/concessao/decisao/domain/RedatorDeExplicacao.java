package br.com.credito.concessao.decisao.domain;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/** Writes the customer's explanation of a stored decision from its reasons and provenance, never from new data. */
public final class RedatorDeExplicacao {

    static final String DIREITO_DE_REVISAO = "Você pode pedir que uma pessoa revise esta decisão automatizada"
            + " (LGPD, art. 20). O pedido gera um número de protocolo.";

    public Explicacao explicar(Concessao concessao) {
        EntradasDaDecisao entradas = concessao.entradas();
        return new Explicacao(
                concessao.id(),
                concessao.codigoDecisao(),
                concessao.limite(),
                concessao.resultado().versaoPolitica(),
                concessao.decididaEm(),
                resumo(concessao),
                concessao.resultado().motivos(),
                List.of(
                        dado("Score de crédito", entradas.score().fonte()),
                        dado(
                                "Histórico de contratos de crédito",
                                entradas.historico().fonte()),
                        dado("Investimentos no banco", entradas.investimentos().fonte())),
                DIREITO_DE_REVISAO);
    }

    private static String resumo(Concessao concessao) {
        String cartao = "O pedido do cartão " + concessao.entradas().tipoCartao();
        String politica =
                " pela política de crédito versão " + concessao.resultado().versaoPolitica() + ".";
        return switch (concessao.codigoDecisao()) {
                    case APROVADO -> cartao + " foi aprovado com limite de " + reais(concessao.limite()) + politica;
                    case REPROVADO -> cartao + " foi recusado" + politica;
                    case EM_ANALISE ->
                        cartao + " ficou em análise: faltaram dados para uma decisão automática segura" + politica;
                }
                + " Os critérios abaixo levaram a esse resultado.";
    }

    private static Explicacao.Dado dado(String nome, Fonte fonte) {
        return new Explicacao.Dado(nome, fonte.origem(), fonte.idadeSegundos(), comoFoiObtido(fonte));
    }

    static String comoFoiObtido(Fonte fonte) {
        return switch (fonte.origem()) {
            case AO_VIVO -> "Consultado na fonte no momento da decisão.";
            case CACHE -> "Cópia recente guardada pelo serviço de origem (" + fonte.idadeSegundos() + " s).";
            case CACHE_EXPIRADO ->
                "Cópia antiga (" + fonte.idadeSegundos() + " s), usada porque a fonte estava fora do ar.";
            case FALLBACK -> "Não pôde ser consultado; foi usado um valor padrão conservador.";
            case INDISPONIVEL -> "Não pôde ser consultado; a decisão foi tomada sem este dado.";
        };
    }

    static String reais(BigDecimal valor) {
        DecimalFormat formato = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.of("pt", "BR")));
        return "R$ " + formato.format(valor);
    }
}
