package br.com.credito.investimento;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class InvestimentoServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(InvestimentoServiceApplication.class, args);
    }
}
