package br.com.credito.regras.politica.domain;

import br.com.credito.regras.avaliacao.domain.ParametrosPolitica;
import br.com.credito.regras.avaliacao.domain.Politica;
import java.time.Instant;
import java.util.Optional;

/**
 * One stored version. Its parameters never change once created; only its status moves. {@code versaoAnterior} is the
 * version that was active when this one was activated: rollback walks back along it.
 */
public record VersaoPolitica(
        int versao,
        StatusVersao status,
        String descricao,
        ParametrosPolitica parametros,
        Instant criadaEm,
        Instant ativadaEm,
        Optional<Integer> versaoAnterior) {

    public Politica politica() {
        return new Politica(versao, parametros);
    }

    public VersaoPolitica ativada(Instant quando, Optional<Integer> anterior) {
        return new VersaoPolitica(versao, StatusVersao.ATIVA, descricao, parametros, criadaEm, quando, anterior);
    }

    public VersaoPolitica desativada() {
        return new VersaoPolitica(
                versao, StatusVersao.INATIVA, descricao, parametros, criadaEm, ativadaEm, versaoAnterior);
    }
}
