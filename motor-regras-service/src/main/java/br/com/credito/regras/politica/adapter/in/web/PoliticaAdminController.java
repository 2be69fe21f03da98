package br.com.credito.regras.politica.adapter.in.web;

import br.com.credito.regras.avaliacao.domain.PoliticaEmPortugues;
import br.com.credito.regras.politica.application.AtivarVersao;
import br.com.credito.regras.politica.application.ConsultarPoliticas;
import br.com.credito.regras.politica.application.CriarRascunho;
import br.com.credito.regras.politica.application.ReverterVersao;
import br.com.credito.regras.politica.application.ValidarParametros;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/regras/politicas")
class PoliticaAdminController {

    private final ConsultarPoliticas consultar;
    private final CriarRascunho criarRascunho;
    private final ValidarParametros validarParametros;
    private final AtivarVersao ativarVersao;
    private final ReverterVersao reverterVersao;

    PoliticaAdminController(
            ConsultarPoliticas consultar,
            CriarRascunho criarRascunho,
            ValidarParametros validarParametros,
            AtivarVersao ativarVersao,
            ReverterVersao reverterVersao) {
        this.consultar = consultar;
        this.criarRascunho = criarRascunho;
        this.validarParametros = validarParametros;
        this.ativarVersao = ativarVersao;
        this.reverterVersao = reverterVersao;
    }

    @GetMapping
    List<VersaoResumoResponse> listar() {
        return consultar.listar().stream().map(VersaoResumoResponse::de).toList();
    }

    @GetMapping("/ativa")
    VersaoResponse ativa() {
        return VersaoResponse.de(consultar.ativa());
    }

    @GetMapping("/{versao}")
    VersaoResponse buscar(@PathVariable int versao) {
        return VersaoResponse.de(consultar.buscar(versao));
    }

    @PostMapping
    ResponseEntity<VersaoResponse> criar(
            @Valid @RequestBody RascunhoRequest request, @AuthenticationPrincipal Jwt token) {
        var criada = criarRascunho.criar(request.descricao(), request.parametros(), principal(token));
        return ResponseEntity.created(URI.create("/v1/regras/politicas/" + criada.versao()))
                .body(VersaoResponse.de(criada));
    }

    @PostMapping("/validacao")
    ValidacaoResponse validar(@Valid @RequestBody ValidacaoRequest request) {
        validarParametros.validar(request.parametros());
        return new ValidacaoResponse(true, PoliticaEmPortugues.descrever(request.parametros()));
    }

    @PostMapping("/{versao}/ativar")
    VersaoResponse ativar(@PathVariable int versao, @AuthenticationPrincipal Jwt token) {
        return VersaoResponse.de(ativarVersao.ativar(versao, principal(token)));
    }

    @PostMapping("/rollback")
    VersaoResponse reverter(@AuthenticationPrincipal Jwt token) {
        return VersaoResponse.de(reverterVersao.reverter(principal(token)));
    }

    /**
     * Who acts, from the token: its subject (the person's id for a user token, the app client for client
     * credentials). Tokens here always carry one; the fallback keeps an anonymous caller from passing as anyone.
     */
    private static String principal(Jwt token) {
        return token == null || token.getSubject() == null ? "desconhecido" : token.getSubject();
    }
}
