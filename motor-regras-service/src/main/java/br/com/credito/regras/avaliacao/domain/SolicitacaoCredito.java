package br.com.credito.regras.avaliacao.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the policy evaluates. An input flagged unavailable is dropped here, so that no rule can read a stale value
 * the caller sent anyway; an input neither present nor flagged unavailable is refused, because treating missing
 * data as "no debts" or "no score" would grant credit on a gap.
 */
public record SolicitacaoCredito(
        TipoCartao tipoCartao,
        Optional<Integer> score,
        boolean historicoIndisponivel,
        List<Contrato> contratos,
        boolean investimentosIndisponiveis,
        List<Investimento> investimentos) {

    public SolicitacaoCredito {
        contratos = List.copyOf(contratos);
        investimentos = List.copyOf(investimentos);
    }

    /** Builds the request the way the API contract defines it, or explains every field that prevents it. */
    public static SolicitacaoCredito de(
            TipoCartao tipoCartao,
            Integer score,
            boolean scoreIndisponivel,
            List<Contrato> contratos,
            boolean historicoIndisponivel,
            List<Investimento> investimentos,
            boolean investimentosIndisponiveis) {
        List<ErroValidacao> erros = new ArrayList<>();
        exigir(score != null || scoreIndisponivel, "score", "scoreIndisponivel", erros);
        exigir(contratos != null || historicoIndisponivel, "listaContratos", "historicoIndisponivel", erros);
        exigir(
                investimentos != null || investimentosIndisponiveis,
                "listaInvestimentos",
                "investimentosIndisponiveis",
                erros);
        if (!erros.isEmpty()) {
            throw new DadosInvalidosException("Dados de crédito incompletos.", erros);
        }
        return new SolicitacaoCredito(
                tipoCartao == null ? TipoCartao.GOLD : tipoCartao,
                scoreIndisponivel ? Optional.empty() : Optional.of(score),
                historicoIndisponivel,
                historicoIndisponivel ? List.of() : contratos,
                investimentosIndisponiveis,
                investimentosIndisponiveis ? List.of() : investimentos);
    }

    private static void exigir(boolean atendido, String campo, String bandeira, List<ErroValidacao> erros) {
        if (!atendido) {
            erros.add(new ErroValidacao(campo, "é obrigatório quando " + bandeira + " é false"));
        }
    }

    public boolean scoreIndisponivel() {
        return score.isEmpty();
    }

    /** Score or history missing: the risk cannot be fully assessed ("risco indefinido"). */
    public boolean riscoIndefinido() {
        return score.isEmpty() || historicoIndisponivel;
    }
}
