package br.com.credito.regras.politica.adapter.out.persistencia;

import br.com.credito.regras.avaliacao.domain.ParametrosPolitica;
import br.com.credito.regras.politica.domain.StatusVersao;
import br.com.credito.regras.politica.domain.VersaoPolitica;
import br.com.credito.regras.politica.domain.port.RepositorioPoliticas;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Component
class VersaoPoliticaJpaAdapter implements RepositorioPoliticas {

    private final VersaoPoliticaJpaRepository repositorio;
    private final JsonMapper json;

    VersaoPoliticaJpaAdapter(VersaoPoliticaJpaRepository repositorio, JsonMapper json) {
        this.repositorio = repositorio;
        this.json = json;
    }

    @Override
    @Transactional(readOnly = true)
    public List<VersaoPolitica> listar() {
        return repositorio.findAllByOrderByVersaoDesc().stream()
                .map(this::paraDominio)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<VersaoPolitica> buscar(int versao) {
        return repositorio.findById(versao).map(this::paraDominio);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Integer> numeroDaAtiva() {
        return repositorio.versaoAtiva();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<VersaoPolitica> ativaParaTroca() {
        return repositorio.ativaComBloqueio().map(this::paraDominio);
    }

    @Override
    @Transactional
    public VersaoPolitica criarRascunho(String descricao, ParametrosPolitica parametros, Instant criadaEm) {
        var entidade = new VersaoPoliticaEntity(
                StatusVersao.RASCUNHO.name(), descricao, json.writeValueAsString(parametros), criadaEm);
        return paraDominio(repositorio.saveAndFlush(entidade));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void gravarStatus(VersaoPolitica versao) {
        VersaoPoliticaEntity entidade = repositorio.findById(versao.versao()).orElseThrow();
        entidade.mudarStatus(
                versao.status().name(),
                versao.ativadaEm(),
                versao.versaoAnterior().orElse(null));
        repositorio.saveAndFlush(entidade);
    }

    private VersaoPolitica paraDominio(VersaoPoliticaEntity e) {
        return new VersaoPolitica(
                e.getVersao(),
                StatusVersao.valueOf(e.getStatus()),
                e.getDescricao(),
                json.readValue(e.getParametros(), ParametrosPolitica.class),
                e.getCriadaEm(),
                e.getAtivadaEm(),
                Optional.ofNullable(e.getVersaoAnterior()));
    }
}
