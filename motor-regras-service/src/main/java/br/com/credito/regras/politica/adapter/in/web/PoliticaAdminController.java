package br.com.credito.regras.politica.adapter.in.web;

import br.com.credito.common.openapi.ErroDocumentado;
import br.com.credito.regras.avaliacao.domain.PoliticaEmPortugues;
import br.com.credito.regras.politica.application.AtivarVersao;
import br.com.credito.regras.politica.application.ConsultarPoliticas;
import br.com.credito.regras.politica.application.CriarRascunho;
import br.com.credito.regras.politica.application.ReverterVersao;
import br.com.credito.regras.politica.application.ValidarParametros;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Política de crédito", description = "Versões da política: rascunho, validação, ativação, simulação")
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

    @Operation(
            summary = "Listar as versões da política",
            description = "Todas as versões, com status. Escopo: regras:admin.")
    @GetMapping
    List<VersaoResumoResponse> listar() {
        return consultar.listar().stream().map(VersaoResumoResponse::de).toList();
    }

    @Operation(
            summary = "Consultar a versão ativa da política",
            description = "Parâmetros e regras em português da versão em vigor. Escopo: regras:admin.")
    @ErroDocumentado(status = 404, codigos = "SEM_VERSAO_ATIVA", descricao = "Nenhuma versão está ativa.")
    @GetMapping("/ativa")
    VersaoResponse ativa() {
        return VersaoResponse.de(consultar.ativa());
    }

    @Operation(
            summary = "Consultar uma versão da política",
            description = "Parâmetros, status e regras em português. Escopo: regras:admin.")
    @ErroDocumentado(status = 404, codigos = "VERSAO_INEXISTENTE", descricao = "A versão não existe.")
    @GetMapping("/{versao}")
    VersaoResponse buscar(@PathVariable int versao) {
        return VersaoResponse.de(consultar.buscar(versao));
    }

    @Operation(
            summary = "Criar uma versão rascunho da política",
            description = "Grava um novo documento de parâmetros como RASCUNHO, se coerente; versões são imutáveis."
                    + " Escopo: regras:admin.")
    @PostMapping
    ResponseEntity<VersaoResponse> criar(
            @Valid @RequestBody RascunhoRequest request, @AuthenticationPrincipal Jwt token) {
        var criada = criarRascunho.criar(request.descricao(), request.parametros(), principal(token));
        return ResponseEntity.created(URI.create("/v1/regras/politicas/" + criada.versao()))
                .body(VersaoResponse.de(criada));
    }

    @Operation(
            summary = "Validar parâmetros sem gravar",
            description =
                    "Diz se o documento é coerente e como a política se leria em português. Escopo: regras:admin.")
    @PostMapping("/validacao")
    ValidacaoResponse validar(@Valid @RequestBody ValidacaoRequest request) {
        validarParametros.validar(request.parametros());
        return new ValidacaoResponse(true, PoliticaEmPortugues.descrever(request.parametros()));
    }

    @Operation(
            summary = "Ativar uma versão da política",
            description = "Põe a versão em vigor; a anterior vira o alvo de rollback. As outras instâncias seguem em"
                    + " segundos. Escopo: regras:admin.")
    @ErroDocumentado(
            status = 403,
            codigos = "QUATRO_OLHOS",
            descricao = "Sem o escopo regras:admin, ou quem criou a versão tenta ativá-la: a ativação é de outra"
                    + " pessoa (quatro olhos).")
    @ErroDocumentado(status = 404, codigos = "VERSAO_INEXISTENTE", descricao = "A versão não existe.")
    @ErroDocumentado(
            status = 409,
            codigos = {"VERSAO_JA_ATIVA", "ATIVACAO_CONCORRENTE"},
            descricao = "A versão já está ativa, ou outra ativação terminou antes desta.")
    @PostMapping("/{versao}/ativar")
    VersaoResponse ativar(@PathVariable int versao, @AuthenticationPrincipal Jwt token) {
        return VersaoResponse.de(ativarVersao.ativar(versao, principal(token)));
    }

    @Operation(
            summary = "Voltar à versão anterior da política",
            description = "Reativa a versão que a ativa substituiu. Escopo: regras:admin.")
    @ErroDocumentado(
            status = 409,
            codigos = {"SEM_VERSAO_ANTERIOR", "ATIVACAO_CONCORRENTE"},
            descricao = "A versão ativa não tem anterior, ou outra ativação terminou antes desta.")
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
