package br.com.credito.concessao.decisao.domain;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/** Writes the customer's explanation of a stored decision from its reasons and provenance, never from new data. */
public final class RedatorDeExplicacao {

    static final String DIREITO_DE_REVISAO = "Voce pode pedir que uma pessoa revise esta decisao automatizada"
            + " (LGPD, art. 20). O pedido gera um numero de protocolo.";

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
                        dado("Score de credito", entradas.score().fonte()),
                        dado(
                                "Historico de contratos de credito",
                                entradas.historico().fonte()),
                        dado("Investimentos no banco", entradas.investimentos().fonte())),
                DIREITO_DE_REVISAO);
    }

    private static String resumo(Concessao concessao) {
        String cartao = "O pedido do cartao " + concessao.entradas().tipoCartao();
        String politica =
                " pela politica de credito versao " + concessao.resultado().versaoPolitica() + ".";
        return switch (concessao.codigoDecisao()) {
                    case APROVADO -> cartao + " foi aprovado com limite de " + reais(concessao.limite()) + politica;
                    case REPROVADO -> cartao + " foi recusado" + politica;
                    case EM_ANALISE ->
                        cartao + " ficou em analise: faltaram dados para uma decisao automatica segura" + politica;
                }
                + " Os criterios abaixo levaram a esse resultado.";
    }

    private static Explicacao.Dado dado(String nome, Fonte fonte) {
        return new Explicacao.Dado(nome, fonte.origem(), fonte.idadeSegundos(), comoFoiObtido(fonte));
    }

    static String comoFoiObtido(Fonte fonte) {
        return switch (fonte.origem()) {
            case AO_VIVO -> "Consultado na fonte no momento da decisao.";
            case CACHE -> "Copia recente guardada pelo servico de origem (" + fonte.idadeSegundos() + " s).";
            case CACHE_EXPIRADO ->
                "Copia antiga (" + fonte.idadeSegundos() + " s), usada porque a fonte estava fora do ar.";
            case FALLBACK -> "Nao pode ser consultado; foi usado um valor padrao conservador.";
            case INDISPONIVEL -> "Nao pode ser consultado; a decisao foi tomada sem este dado.";
        };
    }

    static String reais(BigDecimal valor) {
        DecimalFormat formato = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.of("pt", "BR")));
        return "R$ " + formato.format(valor);
    }
}
