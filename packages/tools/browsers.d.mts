export declare const chromiumPath: () => string | undefined;
export declare const firefoxPath: () => string | undefined;
export declare const chromiumArgs: readonly string[];
