package br.com.credito.investimento.investimento.adapter.in.web;

import br.com.credito.common.web.IdCliente;
import br.com.credito.investimento.investimento.domain.NovoInvestimento;
import br.com.credito.investimento.investimento.domain.TipoInvestimento;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/**
 * Body of {@code POST /v1/investimentos}. {@code tipoInvestimento} is a String checked by pattern, not the enum, so
 * that an unknown type is a field error ({@code DADOS_INVALIDOS} naming the field) rather than unreadable JSON.
 */
record RegistrarInvestimentoRequest(
        @NotNull @IdCliente @Schema(example = "12345") String idCliente,

        @Schema(example = "CDB")
        @NotNull
        @Pattern(regexp = TIPOS, message = "deve ser um de CDB, LCI, LCA, TESOURO_DIRETO, FUNDO")
        String tipoInvestimento,

        @NotNull
        @DecimalMin(value = "0", inclusive = false, message = "deve ser maior que zero")
        @DecimalMax(value = VALOR_MAXIMO, message = "deve ser no máximo " + VALOR_MAXIMO)
        @Digits(integer = 9, fraction = 2, message = "deve ter no máximo 2 casas decimais")
        @Schema(example = "10000")
        BigDecimal valor) {

    static final String TIPOS = "^(CDB|LCI|LCA|TESOURO_DIRETO|FUNDO)$";
    static final String VALOR_MAXIMO = "100000000.00";

    NovoInvestimento paraDominio() {
        return new NovoInvestimento(idCliente, TipoInvestimento.valueOf(tipoInvestimento), valor);
    }
}
