import GRDB
import Crypto
import CryptoExtras
public enum KofuStoreVersion {}
