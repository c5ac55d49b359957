package app.nook.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Runs an integration test on PostgreSQL; skipped visibly when none is configured, failed when CI requires it. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@TestDatabase(TestDatabase.Engine.POSTGRES)
@RequiresPostgres
public @interface OnPostgres {}
