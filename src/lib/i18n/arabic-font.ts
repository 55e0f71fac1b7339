// The self-hosted Arabic font, imported on demand (dynamic import) only when Arabic is shown, so
// the English view never downloads it. Only the Arabic subset: Latin text keeps the system font.
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
