package org.podium.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.util.Callback;

/**
 * Hands FXML its controllers, built by the composition root with their dependencies. A controller
 * class nobody registered is a wiring mistake: it fails at once with the class name instead of
 * being created by reflection with nothing injected.
 */
public final class ControllerFactory implements Callback<Class<?>, Object> {

    private final Map<Class<?>, Supplier<?>> suppliers = new LinkedHashMap<>();

    public <C> ControllerFactory register(Class<C> type, Supplier<? extends C> supplier) {
        if (suppliers.putIfAbsent(type, supplier) != null) {
            throw new IllegalStateException("controller " + type.getName() + " is registered twice");
        }
        return this;
    }

    @Override
    public Object call(Class<?> type) {
        Supplier<?> supplier = suppliers.get(type);
        if (supplier == null) {
            throw new IllegalStateException("No controller registered for " + type.getName()
                    + "; known controllers: " + suppliers.keySet().stream().map(Class::getSimpleName).toList());
        }
        return supplier.get();
    }
}
