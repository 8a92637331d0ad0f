import { shareSuite } from "./share-suite.js";

shareSuite("fr", "fr-CA");
