package br.com.credito.regras.avaliacao.domain;

import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Aprovada;
import br.com.credito.regras.avaliacao.domain.ResultadoRegra.EmAnalise;
import br.com.credito.regras.avaliacao.domain.ResultadoRegra.Reprovada;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates a request against a policy version. Two phases: every eligibility rule runs, so a refusal lists all its
 * reasons and a refusal the known data justifies wins over "risk undetermined"; then, for an eligible request, the
 * limit rules run in order, each taking the limit the previous one left. Pure, stateless and thread-safe.
 */
public final class MotorDeCredito {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2, RoundingMode.UNNECESSARY);

    private static final List<RegraDeCredito> ELEGIBILIDADE = List.of(
            new RegraInadimplencia(),
            new RegraAtrasoGrave(),
            new RegraScoreMinimo(),
            new RegraScoreMinimoDoCartao(),
            new RegraRiscoIndefinido(RegraRiscoIndefinido.Dado.SCORE),
            new RegraRiscoIndefinido(RegraRiscoIndefinido.Dado.HISTORICO));

    private static final List<RegraDeCredito> LIMITE = List.of(
            new RegraLimitePorScore(),
            new RegraDividasEmAberto(),
            new RegraGarantiaInvestimentos(),
            new RegraTetoDoLimite(),
            new RegraArredondamento(),
            new RegraLimiteMinimoDoCartao());

    public Decisao avaliar(SolicitacaoCredito solicitacao, Politica politica) {
        Apuracao apuracao = new Apuracao();
        for (RegraDeCredito regra : ELEGIBILIDADE) {
            apuracao.registrar(regra.aplicar(solicitacao, politica.parametros(), ZERO));
        }
        for (int i = 0; i < LIMITE.size() && apuracao.elegivel(); i++) {
            apuracao.registrar(LIMITE.get(i).aplicar(solicitacao, politica.parametros(), apuracao.limite));
        }
        return apuracao.decisao(solicitacao, politica.versao());
    }

    private static final class Apuracao {
        private final List<Motivo> aprovacoes = new ArrayList<>(4);
        private final List<Motivo> recusas = new ArrayList<>(2);
        private final List<Motivo> pendencias = new ArrayList<>(2);
        private BigDecimal limite = ZERO;

        void registrar(ResultadoRegra resultado) {
            switch (resultado) {
                case Aprovada aprovada -> {
                    limite = aprovada.limite();
                    aprovada.motivo().ifPresent(aprovacoes::add);
                }
                case Reprovada reprovada -> recusas.add(reprovada.motivo());
                case EmAnalise emAnalise -> pendencias.add(emAnalise.motivo());
            }
        }

        boolean elegivel() {
            return recusas.isEmpty() && pendencias.isEmpty();
        }

        Decisao decisao(SolicitacaoCredito solicitacao, int versao) {
            if (!recusas.isEmpty()) {
                String texto = "Crédito reprovado: " + recusas.getFirst().descricao();
                return new Decisao(CodigoDecisao.REPROVADO, ZERO, texto, recusas, versao);
            }
            if (!pendencias.isEmpty()) {
                String texto = "Solicitação encaminhada para análise manual: risco indefinido";
                return new Decisao(CodigoDecisao.EM_ANALISE, ZERO, texto, pendencias, versao);
            }
            String base = solicitacao.riscoIndefinido()
                    ? " com política conservadora por risco indefinido"
                    : " baseado em score e histórico";
            String texto = "Limite aprovado de " + Dinheiro.formatar(limite) + base;
            return new Decisao(CodigoDecisao.APROVADO, limite, texto, aprovacoes, versao);
        }
    }
}
