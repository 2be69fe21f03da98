package br.com.credito.regras.politica.application;

import br.com.credito.regras.politica.domain.AcaoAuditada;
import br.com.credito.regras.politica.domain.VersaoPolitica;
import br.com.credito.regras.politica.domain.port.RepositorioPoliticas;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Puts back the version that was active before the current one. The restored version keeps its own "previous", so
 * repeated rollbacks walk back through the activation history.
 */
@Service
public record ReverterVersao(RepositorioPoliticas repositorio, TrocaDeVersaoAtiva troca) {

    /**
     * A rollback puts back a version that was already approved and in force, so it needs no second person: in an
     * incident one operator must be able to undo a bad activation at once. Who did it is recorded (REVERTIDA).
     */
    public VersaoPolitica reverter(String principal) {
        return troca.trocar(
                atual -> {
                    Optional<Integer> anterior = atual.flatMap(VersaoPolitica::versaoAnterior);
                    if (anterior.isEmpty()) {
                        throw TrocaDeVersaoAtiva.conflito(
                                "SEM_VERSAO_ANTERIOR", "A versao ativa nao tem versao anterior para onde voltar.");
                    }
                    VersaoPolitica alvo = repositorio
                            .buscar(anterior.get())
                            .orElseThrow(() -> TrocaDeVersaoAtiva.inexistente(anterior.get()));
                    return new TrocaDeVersaoAtiva.Escolha(alvo, alvo.versaoAnterior());
                },
                AcaoAuditada.REVERTIDA,
                principal);
    }
}
