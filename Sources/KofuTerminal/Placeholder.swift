import KofuCore
public enum KofuTerminalVersion {}
