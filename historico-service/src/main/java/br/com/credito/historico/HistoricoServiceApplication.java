package br.com.credito.historico;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HistoricoServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(HistoricoServiceApplication.class, args);
    }
}
