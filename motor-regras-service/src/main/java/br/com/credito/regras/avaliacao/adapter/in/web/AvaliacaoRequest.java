package br.com.credito.regras.avaliacao.adapter.in.web;

import br.com.credito.common.web.IdCliente;
import br.com.credito.regras.avaliacao.domain.Contrato;
import br.com.credito.regras.avaliacao.domain.Investimento;
import br.com.credito.regras.avaliacao.domain.SolicitacaoCredito;
import br.com.credito.regras.avaliacao.domain.TipoCartao;
import br.com.credito.regras.avaliacao.domain.TipoInvestimento;
import br.com.credito.regras.avaliacao.domain.TipoProduto;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * The contract of POST /v1/regras/avaliar (docs/contratos-internos.md). Lists are bounded so that one request cannot
 * hold a worker for long; whether a missing score or list is acceptable depends on its flag and is checked by
 * {@link SolicitacaoCredito#de}.
 */
record AvaliacaoRequest(
        @NotNull @IdCliente @Schema(example = "12345") String idCliente,

        @Schema(example = "GOLD")
        @Pattern(regexp = "GOLD|PLATINUM|BLACK", message = "deve ser um de GOLD, PLATINUM, BLACK")
        String tipoCartao,

        @Schema(example = "750") @Min(0) @Max(1000) Integer score,
        Boolean scoreIndisponivel,

        @Size(max = MAXIMO_ITENS) List<@NotNull @Valid ContratoRequest> listaContratos,

        Boolean historicoIndisponivel,

        @Size(max = MAXIMO_ITENS) List<@NotNull @Valid InvestimentoRequest> listaInvestimentos,

        Boolean investimentosIndisponiveis) {

    static final int MAXIMO_ITENS = 200;

    record ContratoRequest(
            @Schema(example = "CT-1001") @NotBlank @Size(max = 64)
            String idContrato,

            @NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2) @Schema(example = "2500")
            BigDecimal saldoAberto,

            @PositiveOrZero @Max(36500) Integer diasEmAtraso,
            Boolean inadimplente,

            // Optional (the seed's example has none): free text of the history provider, e.g. "Financiamento".
            @Schema(example = "Emprestimo") @Size(max = 64) String tipoProduto) {

        Contrato paraDominio() {
            return new Contrato(
                    idContrato,
                    saldoAberto,
                    diasEmAtraso == null ? 0 : diasEmAtraso,
                    Boolean.TRUE.equals(inadimplente),
                    TipoProduto.doTexto(tipoProduto));
        }
    }

    record InvestimentoRequest(
            @NotNull
            @Pattern(
                    regexp = "CDB|LCI|LCA|TESOURO_DIRETO|FUNDO",
                    message = "deve ser um de CDB, LCI, LCA, TESOURO_DIRETO, FUNDO")
            @Schema(example = "CDB")
            String tipoInvestimento,

            @NotNull @Positive @Digits(integer = 13, fraction = 2) @Schema(example = "10000")
            BigDecimal valor) {

        Investimento paraDominio() {
            return new Investimento(TipoInvestimento.valueOf(tipoInvestimento), valor);
        }
    }

    SolicitacaoCredito paraSolicitacao() {
        return SolicitacaoCredito.de(
                tipoCartao == null ? TipoCartao.GOLD : TipoCartao.valueOf(tipoCartao),
                score,
                Boolean.TRUE.equals(scoreIndisponivel),
                listaContratos == null
                        ? null
                        : listaContratos.stream()
                                .map(ContratoRequest::paraDominio)
                                .toList(),
                Boolean.TRUE.equals(historicoIndisponivel),
                listaInvestimentos == null
                        ? null
                        : listaInvestimentos.stream()
                                .map(InvestimentoRequest::paraDominio)
                                .toList(),
                Boolean.TRUE.equals(investimentosIndisponiveis));
    }
}
