// @parley/server public surface.
export {};
