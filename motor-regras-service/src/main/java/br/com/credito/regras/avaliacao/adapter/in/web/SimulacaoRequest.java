package br.com.credito.regras.avaliacao.adapter.in.web;

import br.com.credito.regras.avaliacao.domain.DadosInvalidosException;
import br.com.credito.regras.avaliacao.domain.ErroValidacao;
import br.com.credito.regras.avaliacao.domain.SolicitacaoCredito;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** A candidate version and a bounded batch of evaluation inputs (the same shape as POST /v1/regras/avaliar). */
record SimulacaoRequest(
        @NotNull @Positive Integer versaoCandidata,
        @NotNull @Size(min = 1, max = MAXIMO_ENTRADAS) List<@NotNull @Valid AvaliacaoRequest> entradas) {

    static final int MAXIMO_ENTRADAS = 1000;

    /** Every input converted, or one 400 naming each broken entry by its position. */
    List<SolicitacaoCredito> paraLote() {
        List<SolicitacaoCredito> lote = new ArrayList<>(entradas.size());
        List<ErroValidacao> erros = new ArrayList<>();
        for (int i = 0; i < entradas.size(); i++) {
            try {
                lote.add(entradas.get(i).paraSolicitacao());
            } catch (DadosInvalidosException e) {
                String prefixo = "entradas[" + i + "].";
                e.erros().forEach(erro -> erros.add(new ErroValidacao(prefixo + erro.campo(), erro.mensagem())));
            }
        }
        if (!erros.isEmpty()) {
            throw new DadosInvalidosException("Entradas da simulacao incompletas.", erros);
        }
        return lote;
    }
}
