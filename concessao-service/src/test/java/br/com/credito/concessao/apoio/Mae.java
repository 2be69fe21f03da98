package br.com.credito.concessao.apoio;

import br.com.credito.concessao.decisao.domain.CarteiraInvestimentos;
import br.com.credito.concessao.decisao.domain.CodigoDecisao;
import br.com.credito.concessao.decisao.domain.Concessao;
import br.com.credito.concessao.decisao.domain.Contrato;
import br.com.credito.concessao.decisao.domain.EntradasDaDecisao;
import br.com.credito.concessao.decisao.domain.Fonte;
import br.com.credito.concessao.decisao.domain.HistoricoDeCredito;
import br.com.credito.concessao.decisao.domain.Investimento;
import br.com.credito.concessao.decisao.domain.Motivo;
import br.com.credito.concessao.decisao.domain.OrigemDado;
import br.com.credito.concessao.decisao.domain.ResultadoPolitica;
import br.com.credito.concessao.decisao.domain.ScoreCliente;
import br.com.credito.concessao.decisao.domain.TipoCartao;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Object Mother of the decision's domain values: the seed's client 12345 unless said otherwise. */
public final class Mae {

    public static final Instant AGORA = Instant.parse("2026-11-29T10:00:00Z");

    private Mae() {}

    public static EntradasDaDecisao entradas(String idCliente) {
        return new EntradasDaDecisao(
                idCliente,
                TipoCartao.GOLD,
                ScoreCliente.de(750, Fonte.aoVivo()),
                new HistoricoDeCredito(
                        List.of(new Contrato("CT-1001", new BigDecimal("2500.00"), 0, false, "Emprestimo")),
                        new Fonte(OrigemDado.CACHE, 120L)),
                new CarteiraInvestimentos(
                        List.of(new Investimento("CDB", new BigDecimal("10000.00"))), Fonte.aoVivo()));
    }

    public static ResultadoPolitica resultado(CodigoDecisao codigo, String limite) {
        return new ResultadoPolitica(
                codigo,
                "Limite aprovado de R$ 5.000 baseado em score e historico",
                new BigDecimal(limite),
                List.of(new Motivo("SCORE_FAIXA_ALTA", "Score na faixa alta (700 a 849)")),
                1);
    }

    public static ResultadoPolitica aprovado(String limite) {
        return resultado(CodigoDecisao.APROVADO, limite);
    }

    public static Concessao concessao(String idCliente, ResultadoPolitica resultado) {
        return Concessao.solicitada(entradas(idCliente), resultado, AGORA);
    }
}
