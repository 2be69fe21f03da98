package br.com.credito.regras.politica.application;

import br.com.credito.regras.avaliacao.domain.ParametrosPolitica;
import br.com.credito.regras.politica.domain.StatusVersao;
import br.com.credito.regras.politica.domain.VersaoPolitica;
import br.com.credito.regras.politica.domain.port.RepositorioPoliticas;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** In-memory fake of the store, with a switch to make it fail like an unreachable database. */
public class RepositorioPoliticasEmMemoria implements RepositorioPoliticas {

    private final TreeMap<Integer, VersaoPolitica> versoes = new TreeMap<>();
    boolean fora;

    public void limpar() {
        versoes.clear();
    }

    int consultasDeDocumento;

    @Override
    public List<VersaoPolitica> listar() {
        return List.copyOf(versoes.descendingMap().values());
    }

    @Override
    public Optional<VersaoPolitica> buscar(int versao) {
        verificar();
        consultasDeDocumento++;
        return Optional.ofNullable(versoes.get(versao));
    }

    @Override
    public Optional<Integer> numeroDaAtiva() {
        verificar();
        return versoes.values().stream()
                .filter(v -> v.status() == StatusVersao.ATIVA)
                .map(VersaoPolitica::versao)
                .findFirst();
    }

    @Override
    public Optional<VersaoPolitica> ativaParaTroca() {
        return numeroDaAtiva().map(versoes::get);
    }

    @Override
    public VersaoPolitica criarRascunho(String descricao, ParametrosPolitica parametros, Instant criadaEm) {
        int numero = versoes.isEmpty() ? 1 : versoes.lastKey() + 1;
        var versao = new VersaoPolitica(
                numero, StatusVersao.RASCUNHO, descricao, parametros, criadaEm, null, Optional.empty());
        versoes.put(numero, versao);
        return versao;
    }

    @Override
    public void gravarStatus(VersaoPolitica versao) {
        versoes.put(versao.versao(), versao);
    }

    private void verificar() {
        if (fora) {
            throw new IllegalStateException("banco fora do ar");
        }
    }
}
