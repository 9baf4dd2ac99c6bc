package app.vinculo.platform.demo;

/**
 * Extension point: each feature contributes its demo records (CDI beans implementing this), loaded at
 * startup in demo mode, in {@link #order()} order. Each load must be idempotent (a second start keeps data).
 */
public interface DemoData {

    int order();

    void load();
}
