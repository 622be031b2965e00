package io.entente.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class ServeCommandTest {

    @Test
    void springArgumentsAreHandedOnNotRefused() {
        var serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--server.port=8081", "--spring.threads.virtual.enabled=false");
        assertThat(serve.springArgs).containsExactly("--server.port=8081", "--spring.threads.virtual.enabled=false");
    }

    @Test
    void onlyServeKeepsTheProcessAlive() {
        assertThat(EntenteCommand.keepsRunning(new String[] {"serve", "--server.port=1"})).isTrue();
        assertThat(EntenteCommand.keepsRunning(new String[] {"serve", "--help"})).isFalse();
        assertThat(EntenteCommand.keepsRunning(new String[] {"extract", "--articles", "a.jsonl"})).isFalse();
    }
}
